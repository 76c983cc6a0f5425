/** Word lists for the synthetic newsroom: real Vietnamese places, names and newsroom phrasing. */

export const PROVINCES = [
  'Hà Nội', 'TP. Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'An Giang', 'Bà Rịa – Vũng Tàu', 'Bắc Giang',
  'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre', 'Bình Định', 'Bình Dương', 'Bình Phước', 'Bình Thuận', 'Cà Mau',
  'Cao Bằng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam',
  'Hà Tĩnh', 'Hải Dương', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu',
  'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ',
  'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh',
  'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long',
  'Vĩnh Phúc', 'Yên Bái',
];

export const PLACES = ['Hạ Long', 'Phú Quốc', 'Sa Pa', 'Hội An', 'Mũi Né', 'Côn Đảo', 'Tam Đảo', 'Đà Lạt', 'Năm Căn', 'Châu Đốc', 'Long Xuyên', 'Rạch Giá', 'Mỹ Tho', 'Sông Hậu', 'Sông Tiền', 'Tây Nguyên', 'Đồng bằng sông Cửu Long'];

export const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trương', 'Đoàn', 'Lâm'];
export const MIDDLE_NAMES = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Quốc', 'Hoài', 'Kim', 'Xuân', 'Thuỳ', 'Thủy'];
export const GIVEN_NAMES = ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hòa', 'Hoà', 'Hùng', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Phúc', 'Phương', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Thắng', 'Trang', 'Trung', 'Tuấn', 'Uyên', 'Việt', 'Yến', 'Đông', 'Điệp'];

export const ORGANIZATIONS = [
  'UBND tỉnh', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Công an tỉnh',
  'Liên hiệp các Hội Khoa học và Kỹ thuật', 'Hội Nông dân', 'Tỉnh đoàn', 'Hội Liên hiệp Phụ nữ', 'Bộ đội Biên phòng',
  'Ban Quản lý dự án', 'Ngân hàng Chính sách xã hội', 'Trung tâm Y tế huyện', 'Sở Tài nguyên và Môi trường',
];

export const TOPICS = [
  'mùa muối', 'vụ lúa Đông Xuân', 'nuôi tôm công nghệ cao', 'xây dựng nông thôn mới', 'chuyển đổi số', 'phòng chống sạt lở',
  'hạn mặn', 'lễ hội Oóc Om Bóc', 'giải bóng đá thiếu niên', 'kỳ thi tốt nghiệp THPT', 'tiêm chủng mở rộng',
  'giảm nghèo bền vững', 'du lịch cộng đồng', 'cải cách hành chính', 'an toàn giao thông', 'phòng cháy chữa cháy',
  'bảo vệ rừng phòng hộ', 'xuất khẩu trái cây', 'điện gió ngoài khơi', 'hoà giải ở cơ sở', 'hòa nhạc mùa thu',
  'chăm sóc người cao tuổi', 'khởi nghiệp sáng tạo', 'đường cao tốc', 'cầu Mỹ Thuận', 'chợ nổi', 'nghề làm muối',
  'thuỷ lợi nội đồng', 'thủy sản', 'khuyến học', 'đền ơn đáp nghĩa', 'tôn vinh trí thức',
];

export const HEADLINE_TEMPLATES = [
  '{place}: {topic} đạt kết quả tích cực',
  '{org} {place} sơ kết {topic} 6 tháng đầu năm {year}',
  'Đẩy mạnh {topic} tại {place}',
  '{place} khai mạc {topic} năm {year}',
  'Người dân {place} phấn khởi vì {topic}',
  '{topic}: {place} đặt mục tiêu tăng {number}%',
  'Hội nghị bàn giải pháp {topic} vùng {region}',
  'Ông {person} được bầu làm Chủ tịch {org}',
];

export const SENTENCE_TEMPLATES = [
  'Chiều {day}/{month}, tại {place}, {org} tổ chức hội nghị sơ kết {topic} và triển khai nhiệm vụ thời gian tới.',
  'Tham dự hội nghị có ông {person}, đại diện lãnh đạo {org} {place}.',
  'Theo báo cáo, {topic} năm {year} đã thực hiện đạt hơn {number}% kế hoạch đề ra.',
  'Bà {person} cho biết, địa phương sẽ tiếp tục đẩy mạnh {topic}, phấn đấu hoàn thành chỉ tiêu trước thời hạn.',
  'Nhiều hộ dân ở {place} đã mạnh dạn đầu tư, mang lại thu nhập ổn định từ {topic}.',
  'Dịp này, {org} đã trao tặng {number} suất quà cho các gia đình chính sách trên địa bàn.',
  'Để thực hiện tốt {topic}, ngành chức năng đề nghị tăng cường phối hợp giữa các sở, ban, ngành và địa phương.',
  'Ông {person}, một người dân ở {place}, chia sẻ: “Nhờ {topic} mà cuộc sống gia đình tôi đã khấm khá hơn”.',
  'Thời gian qua, tình hình thời tiết diễn biến phức tạp, ảnh hưởng đến {topic} ở khu vực {region}.',
  'Dự kiến đến cuối năm {year}, toàn tỉnh {place} sẽ có thêm {number} mô hình {topic} hiệu quả.',
  'Đoàn công tác đã đến tham quan các mô hình, sản phẩm tiêu biểu về {topic} tại {place}.',
  'Hội nghị cũng thống nhất phương hướng, nhiệm vụ trọng tâm trong 6 tháng cuối năm, trong đó chú trọng {topic}.',
];

export const CAPTION_TEMPLATES = [
  'Lãnh đạo {org} {place} tham quan mô hình {topic}. Ảnh: {initials}',
  'Quang cảnh hội nghị sơ kết {topic} tại {place}. Ảnh: {initials}',
  'Người dân {place} thu hoạch trong mùa {topic}. Ảnh: {initials}',
];

export const BYLINE_LABELS = ['Tin, ảnh', 'Bài, ảnh', 'Bài và ảnh', 'Tin'];
export const REGIONS = ['Nam sông Hậu', 'Tây Nguyên', 'duyên hải Nam Trung Bộ', 'Đồng bằng sông Cửu Long', 'Tây Bắc', 'Đông Bắc'];
