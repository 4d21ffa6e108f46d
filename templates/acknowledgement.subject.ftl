<#if replySubject?has_content>${replySubject}<#else>Đã nhận báo cáo của ${unitName} về Công văn số ${dispatchNumber}</#if>
