package vn.cchc.editorial.article;

/** Where an item can go. Only the department portal is posted by us; the provincial channels review it themselves. */
public enum Channel {
    DEPARTMENT_PORTAL("Cổng thông tin điện tử của Sở", false),
    PROVINCIAL_CCHC_PAGE("Chuyên trang CCHC của tỉnh", true),
    PROVINCIAL_PORTAL("Cổng TTĐT của tỉnh (kênh Zalo)", true);

    private final String label;
    private final boolean provincial;

    Channel(String label, boolean provincial) {
        this.label = label;
        this.provincial = provincial;
    }

    public String label() {
        return label;
    }

    /** A provincial channel has its own managing unit that approves and posts, or refuses. */
    public boolean isProvincial() {
        return provincial;
    }
}
