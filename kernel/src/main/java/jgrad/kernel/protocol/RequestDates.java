package jgrad.kernel.protocol;

import io.github.spencerpark.jupyter.messages.KernelTimestamp;
import io.github.spencerpark.jupyter.messages.Message;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** When a client sent a request: its header's ISO 8601 "date" (jupyter_client writes microseconds and an offset). */
final class RequestDates {
    private RequestDates() {
    }

    static Optional<Instant> sentAt(Message<?> request) {
        KernelTimestamp date = request.getHeader().getTimestamp();
        String text = date == null ? null : date.getDateString();
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty(); // no offset, or not a date: order unknown
        }
    }
}
