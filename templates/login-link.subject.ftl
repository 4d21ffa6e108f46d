Liên kết đăng nhập hệ thống tiếp nhận báo cáo (có hiệu lực ${validMinutes} phút)
