Kính gửi ${addressee!unitName},

<#if overdue>
Công văn số ${dispatchNumber}<#if dispatchIssuedOn?has_content> ngày ${dispatchIssuedOn}</#if> của ${officeName} đã hết hạn báo cáo từ ngày ${deadline}<#if periodLabel?has_content> (kỳ ${periodLabel})</#if>, nhưng ${officeName} chưa nhận được <#if partial>đủ </#if>báo cáo của đơn vị. Đề nghị đơn vị khẩn trương gửi báo cáo; nếu có khó khăn, xin trao đổi với cán bộ phụ trách.
<#else>
${officeName} chưa nhận được <#if partial>đủ </#if>báo cáo của đơn vị về:
</#if>
  Công văn số ${dispatchNumber}<#if dispatchIssuedOn?has_content> ngày ${dispatchIssuedOn}</#if>
  V/v ${dispatchSubject}
<#if periodLabel?has_content>
  Kỳ báo cáo: ${periodLabel}
</#if>
<#if earlierPeriods?has_content>
  Đơn vị cũng chưa gửi báo cáo của kỳ trước: ${earlierPeriods?join("; ")}
</#if>
<#if deadline?has_content>
  Thời hạn: <#if deadlineTime?has_content>trước ${deadlineTime} </#if>ngày ${deadline}<#if overdue> (đã qua)</#if>
</#if>
<#if missing?has_content>

<#if partial>Đơn vị đã báo cáo một phần; còn thiếu nội dung ${missingNumbers}:<#else>Các nội dung cần báo cáo:</#if>
<#list missing as t>
  ${t.ordinal}. ${t.text}
</#list>
</#if>

<#if !overdue>Đề nghị đơn vị gửi báo cáo<#if deadline?has_content> chậm nhất <#if deadlineTime?has_content>trước ${deadlineTime} </#if>ngày ${deadline}</#if> </#if><#if overdue>Báo cáo xin gửi </#if>về hộp thư ${officeMailbox}, ghi rõ số công văn ${dispatchNumber} ở tiêu đề thư. Nếu đơn vị đã gửi, xin trả lời thư này để cán bộ kiểm tra lại.

Trân trọng,
${officeName}

--
Thư nhắc này được gửi tự động theo thời hạn của công văn<#if staffCopied>, đồng gửi cán bộ phụ trách của ${officeName}</#if>; đơn vị đã gửi đủ báo cáo sẽ không nhận thêm thư nhắc.
