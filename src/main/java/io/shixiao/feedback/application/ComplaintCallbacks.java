package io.shixiao.feedback.application;

import io.shixiao.complaints.ComplaintClosed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A closed complaint is called back (DESIGN §2.5; 004 投诉处理及时: 满意/基本满意/不满意). */
@Component
class ComplaintCallbacks {

    private final CallbackTasks tasks;

    ComplaintCallbacks(CallbackTasks tasks) {
        this.tasks = tasks;
    }

    @ApplicationModuleListener
    void on(ComplaintClosed closed) {
        tasks.afterComplaintClosed(
                closed.number(),
                closed.insurerId(),
                closed.orgUnitId(),
                closed.orgPath(),
                closed.mobileCipher(),
                closed.mobileMasked(),
                closed.handlerName());
    }
}
