<!DOCTYPE html>
<html lang="vi">
<head><meta charset="UTF-8"><title>Liên kết đăng nhập</title></head>
<body style="font-family: Arial, sans-serif; font-size: 14px; color: #222;">
<p>Kính gửi <#if staffName?has_content>đồng chí ${staffName}<#else>đồng chí</#if>,</p>
<p>Hệ thống tiếp nhận báo cáo của ${officeName} vừa nhận được yêu cầu đăng nhập bằng địa chỉ thư <strong>${address}</strong>. Để đăng nhập, đề nghị đồng chí mở liên kết sau:</p>
<p><a href="${link}" style="display: inline-block; padding: 8px 16px; background: #1f5fa8; color: #fff; text-decoration: none; border-radius: 4px;">Đăng nhập hệ thống</a></p>
<p style="font-size: 12px; color: #444;">Nếu nút trên không mở được, xin chép địa chỉ sau vào trình duyệt:<br>${link}</p>
<p>Liên kết chỉ dùng được một lần và có hiệu lực trong ${validMinutes} phút, đến ${validUntil}. Sau thời hạn đó, đồng chí có thể yêu cầu liên kết mới tại trang đăng nhập.</p>
<p>Nếu đồng chí không yêu cầu đăng nhập, xin bỏ qua thư này; không ai đăng nhập được nếu không mở liên kết trên. Đề nghị không chuyển tiếp thư này cho người khác.</p>
<hr>
<p style="font-size: 12px; color: #666;">Thư này được gửi tự động từ hộp thư nhận báo cáo ${officeMailbox}.</p>
</body>
</html>
