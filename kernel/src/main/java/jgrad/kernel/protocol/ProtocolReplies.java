package jgrad.kernel.protocol;

import io.github.spencerpark.jupyter.kernel.history.HistoryEntry;
import io.github.spencerpark.jupyter.messages.reply.CommInfoReply;
import io.github.spencerpark.jupyter.messages.reply.ExecuteReply;
import io.github.spencerpark.jupyter.messages.ContentType;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.ReplyType;
import io.github.spencerpark.jupyter.messages.request.HistoryRequest;
import io.github.spencerpark.jupyter.messages.request.ShutdownRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Replies with the fields protocol 5.3 requires ("status" above all) that basekernel 2.3.0's classes lack. */
final class ProtocolReplies {
    private ProtocolReplies() {
    }

    /** An ok execute_reply carrying payloads (e.g. {"source": "page", ...}). */
    static final class Execute extends ExecuteReply {
        @SuppressWarnings("unused") // serialized by Gson
        private final List<Map<String, Object>> payload;

        Execute(int count, List<Map<String, Object>> payload) {
            super(count, Map.of());
            this.payload = payload;
        }
    }

    /** A history_reply with its "status", entries as the protocol's (session, line, input) tuples. */
    static final class History implements ContentType<History>, ReplyType<HistoryRequest> {
        @SuppressWarnings("unused") // serialized by Gson
        private final String status = "ok";
        @SuppressWarnings("unused") // serialized by Gson
        private final List<List<Object>> history = new ArrayList<>();

        History(List<HistoryEntry> entries) {
            for (HistoryEntry e : entries) {
                Object input = e.hasOutput() ? List.of(e.getInput(), e.getOutput()) : e.getInput();
                history.add(List.of(e.getSession(), e.getCellNumber(), input));
            }
        }

        @Override
        @SuppressWarnings("unchecked") // the same message type, carrying this fuller content class
        public MessageType<History> getType() {
            return (MessageType<History>) (MessageType<?>) MessageType.HISTORY_REPLY;
        }

        @Override
        public MessageType<HistoryRequest> getRequestType() {
            return MessageType.HISTORY_REQUEST;
        }
    }

    /** A shutdown_reply with its "status". */
    static final class Shutdown implements ContentType<Shutdown>, ReplyType<ShutdownRequest> {
        @SuppressWarnings("unused") // serialized by Gson
        private final String status = "ok";
        @SuppressWarnings("unused") // serialized by Gson
        private final boolean restart;

        Shutdown(boolean restart) {
            this.restart = restart;
        }

        @Override
        @SuppressWarnings("unchecked") // the same message type, carrying this fuller content class
        public MessageType<Shutdown> getType() {
            return (MessageType<Shutdown>) (MessageType<?>) MessageType.SHUTDOWN_REPLY;
        }

        @Override
        public MessageType<ShutdownRequest> getRequestType() {
            return MessageType.SHUTDOWN_REQUEST;
        }
    }

    /** A comm_info_reply with its "status"; {@code comms} maps comm id to its target. */
    static final class CommInfo extends CommInfoReply {
        @SuppressWarnings("unused") // serialized by Gson, next to the inherited comms
        private final String status = "ok";

        CommInfo(Map<String, CommInfoReply.CommInfo> comms) {
            super(comms);
        }
    }
}
