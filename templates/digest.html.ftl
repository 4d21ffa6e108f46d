<!DOCTYPE html>
<html lang="vi">
<head><meta charset="UTF-8"><title>Tổng hợp tình hình báo cáo</title></head>
<body style="font-family: Arial, sans-serif; font-size: 14px; color: #222;">
<p>Kính gửi cán bộ ${officeName},</p>
<p>Tình hình các đơn vị báo cáo, tính đến ${now}:</p>
<#list dispatches as d>
<h3 style="margin-bottom: 4px;">Công văn số ${d.number}<#if d.issuedOn?has_content> ngày ${d.issuedOn}</#if></h3>
<p style="margin-top: 0;">V/v ${d.subject}<#if d.period?has_content><br>Kỳ báo cáo: ${d.period}</#if><#if d.deadline?has_content><br>Thời hạn: ngày ${d.deadline}</#if><br>
Đã báo cáo: <strong>${d.reported?size}/${d.total}</strong> đơn vị.</p>
<#if d.reported?has_content>
<table style="border-collapse: collapse;" cellpadding="4" border="1">
<tr><th>Đơn vị đã báo cáo</th><th>Thời điểm</th><th>Tệp đính kèm</th></tr>
<#list d.reported as r>
<tr><td>${r.name}</td><td>${r.reportedAt}<#if r.late> (muộn)</#if></td><td><#list r.attachments as a>${a}<#sep><br></#list></td></tr>
</#list>
</table>
</#if>
<#if d.missing?has_content>
<p>Đơn vị chưa báo cáo (${d.missing?size}): <#list d.missing as m>${m.name}<#if m.overdue> (quá hạn)</#if><#sep>, </#list></p>
<#else>
<p>Tất cả các đơn vị đã báo cáo.</p>
</#if>
</#list>
<#if !dispatches?has_content>
<p>Hiện chưa có công văn nào cần theo dõi.</p>
</#if>
<#if bounced?has_content>
<p>Thư gửi các đơn vị sau bị trả lại trong 30 ngày qua, đề nghị kiểm tra lại địa chỉ thư:</p>
<ul>
<#list bounced as b>
  <li>${b.name} (lần gần nhất lúc ${b.at})</li>
</#list>
</ul>
</#if>
<#if reviewCount gt 0>
<p><strong>Có ${reviewCount} thư cần cán bộ xem xét</strong> (chưa xác định được đơn vị hoặc công văn).</p>
</#if>
<#if failedMails?has_content>
<p><strong>Thư hệ thống chưa gửi được từ bản tổng hợp trước đến nay (${failedMails?size})</strong>, đề nghị cán bộ kiểm tra và liên hệ trực tiếp với người nhận khi cần:</p>
<ul>
<#list failedMails as f>
  <li>${f.what} gửi ${f.to}, lúc ${f.at}<#if f.uncertain> (không rõ đã đến nơi hay chưa; hệ thống không gửi lại)</#if>: ${f.reason}</li>
</#list>
</ul>
</#if>
<hr>
<p style="font-size: 12px; color: #666;">Bản tổng hợp này được lập tự động từ hộp thư ${officeMailbox}.</p>
</body>
</html>
