Kính gửi cán bộ ${officeName},

Tình hình các đơn vị báo cáo, tính đến ${now}:
<#list dispatches as d>

==== Công văn số ${d.number}<#if d.issuedOn?has_content> ngày ${d.issuedOn}</#if> ====
V/v ${d.subject}
<#if d.period?has_content>Kỳ báo cáo: ${d.period}
</#if>
<#if d.deadline?has_content>Thời hạn: ngày ${d.deadline}
</#if>
Đã báo cáo: ${d.reported?size}/${d.total} đơn vị.
<#if d.reported?has_content>

Đơn vị đã báo cáo:
<#list d.reported as r>
  - ${r.name}: ${r.reportedAt}<#if r.late> (muộn)</#if><#if r.attachments?has_content>; tệp: <#list r.attachments as a>${a}<#sep>, </#list></#if>
</#list>
</#if>
<#if d.missing?has_content>

Đơn vị chưa báo cáo (${d.missing?size}):
<#list d.missing as m>
  - ${m.name}<#if m.overdue> (quá hạn)</#if>
</#list>
<#else>

Tất cả các đơn vị đã báo cáo.
</#if>
</#list>
<#if !dispatches?has_content>
Hiện chưa có công văn nào cần theo dõi.
</#if>
<#if bounced?has_content>

Thư gửi các đơn vị sau bị trả lại trong 30 ngày qua, đề nghị kiểm tra lại địa chỉ thư:
<#list bounced as b>
  - ${b.name} (lần gần nhất lúc ${b.at})
</#list>
</#if>
<#if reviewCount gt 0>

Có ${reviewCount} thư cần cán bộ xem xét (chưa xác định được đơn vị hoặc công văn).
</#if>
<#if failedMails?has_content>

Thư hệ thống chưa gửi được từ bản tổng hợp trước đến nay (${failedMails?size}), đề nghị cán bộ kiểm tra và liên hệ trực tiếp với người nhận khi cần:
<#list failedMails as f>
  - ${f.what} gửi ${f.to}, lúc ${f.at}<#if f.uncertain> (không rõ đã đến nơi hay chưa; hệ thống không gửi lại)</#if>: ${f.reason}
</#list>
</#if>

--
Bản tổng hợp này được lập tự động từ hộp thư ${officeMailbox}.
