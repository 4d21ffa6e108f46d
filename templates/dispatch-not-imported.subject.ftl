<#if reason == "already-imported">Công văn số ${number} đã có trong hệ thống<#else>Không nhập được công văn<#if number?has_content> số ${number}</#if></#if>
