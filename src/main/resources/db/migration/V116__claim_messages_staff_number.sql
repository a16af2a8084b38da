-- 浙江规范第三章 2.2 (seed C19): 「查勘定损人员和服务网点内的公司服务人员……不得拒绝客户提出的查询工号的要求。」 The claim SMS
-- after the report now name the 工号 of the claim's 查勘定损人员 (notification/templates.yml; the payment SMS is the new
-- CLAIM_PAID_STAFF_NO, since CLAIM_PAID also serves rural housing claims). A database that already holds the packaged
-- templates gets the new text here; a template the administrator edited keeps its text.
update notification_template
   set body      = body || '本案查勘定损人员工号{staffNo}。',
       variables = array_append(variables, 'staffNo'),
       version   = version + 1
 where code in ('MISSING_DOCUMENTS_NOTICE', 'CLAIM_DENIED')
   and updated_by = 'packaged'
   and not ('staffNo' = any (variables));
