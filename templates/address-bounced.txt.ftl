Kính gửi cán bộ ${officeName},

Thư do hệ thống gửi tới ${unitName} theo địa chỉ ${address} đã bị máy chủ thư trả lại lúc ${receivedAt}. Đơn vị có thể không nhận được thư nhắc và thư xác nhận báo cáo.

Thông báo trả lại:
  Người gửi: ${bounceFrom}
  Tiêu đề: ${bounceSubject}
<#if diagnostic?has_content>
  Nội dung: ${diagnostic}
</#if>

Đề nghị liên hệ ${unitName} để xác nhận địa chỉ thư đang dùng, rồi cập nhật danh bạ đơn vị (tệp danh bạ của hệ thống).

--
Thư này được gửi tự động từ hộp thư nhận báo cáo ${officeMailbox}.
