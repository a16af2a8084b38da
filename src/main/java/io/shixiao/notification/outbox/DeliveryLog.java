package io.shixiao.notification.outbox;

import io.shixiao.shared.security.DataScope;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The delivery log: the latest customer messages visible in a data scope, numbers masked. */
@Service
public class DeliveryLog {

    /** The most messages one listing returns. */
    public static final int LIMIT = 500;

    private final OutboxRepository outbox;

    DeliveryLog(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    public List<MessageView> latest(DataScope scope, @Nullable MessageStatus status) {
        return outbox.list(scope, status, LIMIT);
    }
}
