Kính gửi ${unitName},

${officeName} gửi đơn vị:
  Công văn số ${dispatchNumber}<#if dispatchIssuedOn?has_content> ngày ${dispatchIssuedOn}</#if><#if issuer?has_content && issuer != officeName> của ${issuer}</#if>
  V/v ${dispatchSubject}
<#if attachment?has_content>
Toàn văn công văn trong tệp đính kèm “${attachment}”.
</#if>
<#if tasks?has_content>

Các nội dung đề nghị đơn vị thực hiện và báo cáo:
<#list tasks as t>
  ${t.ordinal}. ${t.text}
</#list>
</#if>

<#if cadence?has_content>
Kỳ báo cáo: ${cadence}.<#if periodLabel?has_content> Kỳ đầu tiên: ${periodLabel}<#if periodDue?has_content>, hạn báo cáo ngày ${periodDue}</#if>.</#if>
<#elseif deadline?has_content>
Thời hạn báo cáo: ngày ${deadline}.
<#else>
Công văn không nêu thời hạn; đề nghị đơn vị báo cáo sớm.
</#if>

Để báo cáo, đơn vị trả lời thư này và đính kèm tệp báo cáo; hoặc gửi thư về hộp thư ${officeMailbox}, ghi rõ số công văn ${dispatchNumber} ở tiêu đề thư.

Trân trọng,
${officeName}

--
Thư này được gửi tự động từ hộp thư nhận báo cáo ${officeMailbox}.
