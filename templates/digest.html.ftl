<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tổng hợp tình hình báo cáo</title>
</head>
<body style="margin: 0; padding: 0; background: #f3f4f6;">
<div style="max-width: 640px; box-sizing: border-box; margin: 0 auto; padding: 12px; background: #ffffff; font-family: Arial, Helvetica, sans-serif; font-size: 15px; line-height: 1.45; color: #1f2328; overflow-wrap: anywhere; word-wrap: break-word;">
<h1 style="font-size: 19px; margin: 4px 0 8px 0; color: #1a4d8f;">Tổng hợp tình hình báo cáo ngày ${today}</h1>
<p style="margin: 0 0 12px 0;">Kính gửi cán bộ ${officeName},<br>
<#if since?has_content>từ bản tổng hợp trước (${since}) đến ${now}:<#else>tình hình tính đến ${now}:</#if></p>

<h2 style="font-size: 16px; margin: 16px 0 6px 0; padding-bottom: 3px; border-bottom: 2px solid #1a4d8f;">Báo cáo mới nhận (${newReportCount})</h2>
<#if newReports?has_content>
<#list newReports as r>
<div style="margin: 0 0 10px 0; padding: 6px 0 6px 10px; border-left: 3px solid #9fb8d9;">
<div><strong>${r.unit}</strong> · <span style="white-space: nowrap;">${r.dispatch}</span><#if r.tasks?has_content> (nội dung ${r.tasks})</#if></div>
<div style="font-size: 13px; color: #57606a;">Nhận lúc ${r.at}<#if r.late> · <strong style="color: #b35900;">sau thời hạn</strong></#if></div>
<#if r.excerpt?has_content><div style="margin-top: 3px; color: #333333;">“${r.excerpt}”</div></#if>
<#if r.attachments?has_content><div style="font-size: 13px; color: #57606a;">Tệp: <#list r.attachments as a>${a}<#sep>; </#list></div></#if>
</div>
</#list>
<#if moreReports gt 0><p style="margin: 0 0 8px 0;">… và ${moreReports} báo cáo khác (xem bảng tổng hợp đính kèm).</p></#if>
<#else>
<p style="margin: 0 0 8px 0;">Không có báo cáo mới.</p>
</#if>

<#if becameLate?has_content>
<h2 style="font-size: 16px; margin: 16px 0 6px 0; padding-bottom: 3px; border-bottom: 2px solid #b3261e; color: #b3261e;">Đơn vị mới quá hạn</h2>
<#list becameLate as l>
<p style="margin: 0 0 8px 0;"><strong style="white-space: nowrap;">Công văn số ${l.dispatch}</strong> (hạn ngày ${l.deadline}), ${l.count} đơn vị: <#list l.units as u>${u.name}<#if u.partial> (mới báo cáo một phần)</#if><#sep>, </#list><#if l.more gt 0> và ${l.more} đơn vị khác (xem bảng tổng hợp đính kèm)</#if>.</p>
</#list>
</#if>

<h2 style="font-size: 16px; margin: 16px 0 6px 0; padding-bottom: 3px; border-bottom: 2px solid #1a4d8f;">Thư chờ cán bộ xem xét</h2>
<#if reviewCount gt 0>
<p style="margin: 0 0 8px 0;"><strong>Có ${reviewCount} thư cần cán bộ xem xét</strong> (chưa xác định được đơn vị hoặc công văn). Thư chờ lâu nhất: nhận lúc ${oldestReview.at}<#if oldestReview.from?has_content>, từ ${oldestReview.from}</#if><#if oldestReview.subject?has_content>, tiêu đề “${oldestReview.subject}”</#if>.</p>
<#else>
<p style="margin: 0 0 8px 0;">Không có thư nào chờ xem xét.</p>
</#if>

<h2 style="font-size: 16px; margin: 16px 0 6px 0; padding-bottom: 3px; border-bottom: 2px solid #1a4d8f;">Các công văn đang theo dõi (${dispatches?size})</h2>
<#list dispatches as d>
<div style="margin: 0 0 10px 0;">
<div><strong style="white-space: nowrap;">Công văn số ${d.number}</strong><#if d.issuedOn?has_content> ngày ${d.issuedOn}</#if></div>
<div style="font-size: 13px; color: #57606a;">V/v ${d.subject}</div>
<div>Đã báo cáo <strong>${d.reported}/${d.total}</strong><#if d.partial gt 0> · một phần: ${d.partial}</#if><#if d.late gt 0> · sau hạn: ${d.late}</#if><#if d.overdue gt 0> · <span style="color: #b3261e;">quá hạn chưa báo cáo: ${d.overdue}</span></#if><#if d.period?has_content> · kỳ ${d.period}</#if><#if d.deadline?has_content> · hạn ngày ${d.deadline}</#if></div>
</div>
<#else>
<p style="margin: 0 0 8px 0;">Hiện chưa có công văn nào cần theo dõi.</p>
</#list>

<#if bounced?has_content>
<h2 style="font-size: 16px; margin: 16px 0 6px 0; padding-bottom: 3px; border-bottom: 2px solid #b3261e; color: #b3261e;">Địa chỉ thư bị trả lại</h2>
<p style="margin: 0 0 4px 0;">Thư gửi các đơn vị sau bị trả lại trong 30 ngày qua, đề nghị kiểm tra lại địa chỉ thư:</p>
<ul style="margin: 0 0 8px 0; padding-left: 20px;">
<#list bounced as b>
  <li>${b.name} (lần gần nhất lúc ${b.at})</li>
</#list>
</ul>
</#if>

<#if failedMails?has_content>
<h2 style="font-size: 16px; margin: 16px 0 6px 0; padding-bottom: 3px; border-bottom: 2px solid #b3261e; color: #b3261e;">Thư chưa gửi được (${failedMails?size})</h2>
<p style="margin: 0 0 4px 0;"><strong>Thư hệ thống chưa gửi được từ bản tổng hợp trước đến nay (${failedMails?size})</strong>, đề nghị cán bộ kiểm tra và liên hệ trực tiếp với người nhận khi cần:</p>
<ul style="margin: 0 0 8px 0; padding-left: 20px;">
<#list failedMails as f>
  <li>${f.what} gửi ${f.to}, lúc ${f.at}<#if f.uncertain> (không rõ đã đến nơi hay chưa; hệ thống không gửi lại)</#if>: ${f.reason}</li>
</#list>
</ul>
</#if>

<#if files?has_content>
<p style="margin: 16px 0 8px 0; padding: 8px; background: #eef3fa;">Danh sách đầy đủ các đơn vị đã báo cáo và chưa báo cáo có trong tệp đính kèm: <#list files as f><strong>${f.name}</strong> (${f.size})<#sep>; </#list>.</p>
</#if>
<p style="margin: 16px 0 0 0; padding-top: 6px; border-top: 1px solid #d0d7de; font-size: 12px; color: #57606a;">Bản tổng hợp này được lập tự động từ hộp thư ${officeMailbox}.</p>
</div>
</body>
</html>
