package vn.cchc.editorial.article;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.editorial.system.ApiAuthenticationFilter;

import java.time.Duration;

/**
 * {@code GET /api/editor/content-rules} (any logged-in person): {@link ContentRules} for the item's editor in
 * Tasklist (tasklist/vi-forms/content-editor.js), as
 * {@code {"validElements": "h2,…,img[src|alt]", "help": "Nội dung giữ: …", "uploads": "/api/uploads",
 * "files": "Ảnh JPEG, PNG, WebP đến 8 MB …"}}.
 */
@RestController
class ContentRulesApi {

    static final String PATH = ApiAuthenticationFilter.EDITOR_API + "/content-rules";

    private final ItemFiles itemFiles;

    ContentRulesApi(ItemFiles itemFiles) {
        this.itemFiles = itemFiles;
    }

    /** @param uploads where to upload pictures and documents; @param files their limits in words (cchc.uploads.*) */
    record Rules(String validElements, String help, String uploads, String files) {
    }

    @GetMapping(PATH)
    ResponseEntity<Rules> rules() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .body(new Rules(ContentRules.editorValidElements(), ContentRules.inWords(), ContentRules.FILES_PATH,
                        itemFiles.limitsInWords()));
    }
}
