<!DOCTYPE html>
<html lang="vi">
<head><meta charset="UTF-8"><title>Thư bị trả lại</title></head>
<body style="font-family: Arial, sans-serif; font-size: 14px; color: #222;">
<p>Kính gửi cán bộ ${officeName},</p>
<p>Thư do hệ thống gửi tới <strong>${unitName}</strong> theo địa chỉ <strong>${address}</strong> đã bị máy chủ thư trả lại lúc ${receivedAt}. Đơn vị có thể không nhận được thư nhắc và thư xác nhận báo cáo.</p>
<p>Thông báo trả lại:<br>
Người gửi: ${bounceFrom}<br>
Tiêu đề: ${bounceSubject}<#if diagnostic?has_content><br>
Nội dung: ${diagnostic}</#if></p>
<p>Đề nghị liên hệ ${unitName} để xác nhận địa chỉ thư đang dùng, rồi cập nhật danh bạ đơn vị (tệp danh bạ của hệ thống).</p>
<hr>
<p style="font-size: 12px; color: #666;">Thư này được gửi tự động từ hộp thư nhận báo cáo ${officeMailbox}.</p>
</body>
</html>
