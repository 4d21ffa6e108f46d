TỔNG HỢP TÌNH HÌNH BÁO CÁO NGÀY ${today}

Kính gửi cán bộ ${officeName},
<#if since?has_content>từ bản tổng hợp trước (${since}) đến ${now}:<#else>tình hình tính đến ${now}:</#if>

== Báo cáo mới nhận (${newReportCount}) ==
<#list newReports as r>
- ${r.unit}, công văn ${r.dispatch}<#if r.tasks?has_content> (nội dung ${r.tasks})</#if>, nhận lúc ${r.at}<#if r.late> (sau thời hạn)</#if>
<#if r.excerpt?has_content>  “${r.excerpt}”
</#if>
<#if r.attachments?has_content>  Tệp: <#list r.attachments as a>${a}<#sep>; </#list>
</#if>
<#else>
Không có báo cáo mới.
</#list>
<#if moreReports gt 0>… và ${moreReports} báo cáo khác (xem bảng tổng hợp đính kèm).
</#if>
<#if becameLate?has_content>

== Đơn vị mới quá hạn ==
<#list becameLate as l>
- Công văn số ${l.dispatch} (hạn ngày ${l.deadline}), ${l.count} đơn vị: <#list l.units as u>${u.name}<#if u.partial> (mới báo cáo một phần)</#if><#sep>, </#list><#if l.more gt 0> và ${l.more} đơn vị khác (xem bảng tổng hợp đính kèm)</#if>.
</#list>
</#if>

== Thư chờ cán bộ xem xét ==
<#if reviewCount gt 0>
Có ${reviewCount} thư cần cán bộ xem xét (chưa xác định được đơn vị hoặc công văn). Thư chờ lâu nhất: nhận lúc ${oldestReview.at}<#if oldestReview.from?has_content>, từ ${oldestReview.from}</#if><#if oldestReview.subject?has_content>, tiêu đề “${oldestReview.subject}”</#if>.
<#else>
Không có thư nào chờ xem xét.
</#if>

== Các công văn đang theo dõi (${dispatches?size}) ==
<#list dispatches as d>
- Công văn số ${d.number}<#if d.issuedOn?has_content> ngày ${d.issuedOn}</#if>: V/v ${d.subject}
  Đã báo cáo ${d.reported}/${d.total}<#if d.partial gt 0>; một phần: ${d.partial}</#if><#if d.late gt 0>; sau hạn: ${d.late}</#if><#if d.overdue gt 0>; quá hạn chưa báo cáo: ${d.overdue}</#if><#if d.period?has_content>; kỳ ${d.period}</#if><#if d.deadline?has_content>; hạn ngày ${d.deadline}</#if>.
<#else>
Hiện chưa có công văn nào cần theo dõi.
</#list>
<#if bounced?has_content>

== Địa chỉ thư bị trả lại ==
Thư gửi các đơn vị sau bị trả lại trong 30 ngày qua, đề nghị kiểm tra lại địa chỉ thư:
<#list bounced as b>
  - ${b.name} (lần gần nhất lúc ${b.at})
</#list>
</#if>
<#if failedMails?has_content>

== Thư chưa gửi được ==
Thư hệ thống chưa gửi được từ bản tổng hợp trước đến nay (${failedMails?size}), đề nghị cán bộ kiểm tra và liên hệ trực tiếp với người nhận khi cần:
<#list failedMails as f>
  - ${f.what} gửi ${f.to}, lúc ${f.at}<#if f.uncertain> (không rõ đã đến nơi hay chưa; hệ thống không gửi lại)</#if>: ${f.reason}
</#list>
</#if>
<#if files?has_content>

Danh sách đầy đủ các đơn vị đã báo cáo và chưa báo cáo có trong tệp đính kèm: <#list files as f>${f.name} (${f.size})<#sep>; </#list>.
</#if>

--
Bản tổng hợp này được lập tự động từ hộp thư ${officeMailbox}.
