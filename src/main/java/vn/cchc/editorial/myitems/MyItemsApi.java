package vn.cchc.editorial.myitems;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.editorial.system.ApiAuthenticationFilter;

import java.util.List;
import java.util.Map;

/**
 * "Tin bài của tôi" as JSON (docs/api.md): {@code GET /api/my-items?status=&year=}, {@code GET
 * /api/my-items/{code}}, and {@code GET /api/my-items/access}, which says whether the person writes for a
 * unit (Tasklist's header shows the link to them alone). The same data and refusals as {@link MyItemsPage}.
 */
@RestController
class MyItemsApi {

    static final String PATH = ApiAuthenticationFilter.MY_ITEMS_API;

    private final MyItems items;

    MyItemsApi(MyItems items) {
        this.items = items;
    }

    @GetMapping(PATH)
    List<ItemViews.Summary> list(@RequestParam(required = false) String status, @RequestParam(required = false) String year) {
        return items.list(items.reader(), Filters.year(year), Filters.status(status));
    }

    /** {@code {"writesForAUnit": true, "units": ["van-phong"]}}: the authoring units the person belongs to. */
    @GetMapping(PATH + "/access")
    Map<String, Object> access() {
        MyItems.Reader reader = items.reader();
        return Map.of("writesForAUnit", reader.writesForAUnit(), "units", reader.units());
    }

    @GetMapping(PATH + "/{code}")
    ItemViews.Detail one(@PathVariable String code) {
        return items.one(items.reader(), code);
    }
}
