Kính gửi <#if staffName?has_content>đồng chí ${staffName}<#else>đồng chí</#if>,

Hệ thống tiếp nhận báo cáo của ${officeName} vừa nhận được yêu cầu đăng nhập bằng địa chỉ thư ${address}. Để đăng nhập, đề nghị đồng chí mở liên kết sau:

${link}

Liên kết chỉ dùng được một lần và có hiệu lực trong ${validMinutes} phút, đến ${validUntil}. Sau thời hạn đó, đồng chí có thể yêu cầu liên kết mới tại trang đăng nhập.

Nếu đồng chí không yêu cầu đăng nhập, xin bỏ qua thư này; không ai đăng nhập được nếu không mở liên kết trên. Đề nghị không chuyển tiếp thư này cho người khác.

--
Thư này được gửi tự động từ hộp thư nhận báo cáo ${officeMailbox}.
