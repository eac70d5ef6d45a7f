package vn.cchc.editorial.article;

/** The eleven topics of the plan (section III.1), in the order of the plan. */
public enum Topic {
    T01("Vai trò, ý nghĩa, mục tiêu và tác động của CCHC đến phát triển kinh tế - xã hội"),
    T02("Quan điểm, chủ trương của Đảng, chính sách, pháp luật của Nhà nước về CCHC"),
    T03("Kết quả Chỉ số CCHC, SIPAS, PAPI, Chỉ số Chuyển đổi số và PCI năm 2023"),
    T04("Thành tựu nổi bật trong CCHC, cải cách TTHC, môi trường đầu tư; khó khăn, hạn chế"),
    T05("Vai trò, trách nhiệm của cấp ủy, người đứng đầu và các đoàn thể trong CCHC"),
    T06("Văn hóa công vụ (Quyết định 1847/QĐ-TTg ngày 27/12/2018)"),
    T07("Kết quả phòng, chống tham nhũng, khắc phục chi phí không chính thức"),
    T08("Mô hình, giải pháp hiệu quả, điển hình tốt trong CCHC"),
    T09("Đường dây nóng tiếp nhận phản ánh, kiến nghị về quy định hành chính"),
    T10("Tác phẩm đạt giải các Hội thi về CCHC của tỉnh"),
    T11("Tiện ích và hướng dẫn sử dụng dịch vụ công trực tuyến, Bộ phận một cửa");

    private final String label;

    Topic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
