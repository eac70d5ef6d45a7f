package vn.cchc.editorial.myitems;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.editorial.article.ArticleStatus;
import vn.cchc.editorial.system.ApiAuthenticationFilter;

import java.util.List;

/**
 * "Tin bài của tôi" (templates/myitems/list.html): the logged-in person's items and their unit's, filtered
 * by status and year, in the portal's layout; a page per item with its whole history
 * (templates/myitems/item.html). "Tin bài của tôi" in Tasklist's header leads here (app/cchc/tin-bai-cua-toi.js).
 * A login is enough (system/ApiAuthenticationFilter); another unit's item is refused 403 on the error page.
 */
@Controller
class MyItemsPage {

    static final String PATH = ApiAuthenticationFilter.MY_ITEMS_PAGE;
    static final String TITLE = "Tin bài của tôi";

    private final MyItems items;

    MyItemsPage(MyItems items) {
        this.items = items;
    }

    @GetMapping(PATH)
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String year, Model model) {
        MyItems.Reader reader = items.reader();
        ArticleStatus chosenStatus = Filters.status(status);
        Integer chosenYear = Filters.year(year);
        model.addAttribute("reader", reader);
        model.addAttribute("items", items.list(reader, chosenYear, chosenStatus));
        model.addAttribute("years", items.years(reader));
        model.addAttribute("statuses", List.of(ArticleStatus.values()));
        model.addAttribute("status", chosenStatus);
        model.addAttribute("year", chosenYear);
        return page(model, "myitems/list");
    }

    @GetMapping(PATH + "/{code}")
    String one(@PathVariable String code, Model model) {
        MyItems.Reader reader = items.reader();
        model.addAttribute("reader", reader);
        model.addAttribute("detail", items.one(reader, code));
        return page(model, "myitems/item");
    }

    private String page(Model model, String template) {
        model.addAttribute("portalTitle", TITLE);
        model.addAttribute("siteHome", PATH);
        model.addAttribute("siteTagline", "Các tin bài anh/chị và đơn vị đã gửi: đang ở bước nào, ai đang giữ, ý kiến của Ban Biên tập");
        return template;
    }
}
