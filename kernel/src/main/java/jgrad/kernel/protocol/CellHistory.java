package jgrad.kernel.protocol;

import io.github.spencerpark.jupyter.kernel.history.HistoryEntry;
import io.github.spencerpark.jupyter.kernel.history.HistoryManager;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.request.HistoryRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** In-memory history of this kernel session's cells, answering history_request tail/range/search. */
final class CellHistory implements HistoryManager {
    /** This kernel's session number; there are no earlier sessions (history is not persisted). */
    static final int SESSION = 1;

    private record Cell(int number, String input, String output) {
    }

    private final List<Cell> cells = new ArrayList<>();

    /** history_request: tail, range or search, as the request's flags ask. */
    void handle(ShellReplyEnvironment env, Message<HistoryRequest> message) {
        HistoryRequest request = message.getContent();
        env.setBusyDeferIdle();
        Set<ResultFlag> flags = EnumSet.noneOf(ResultFlag.class);
        if (request.includeOutput()) {
            flags.add(ResultFlag.INCLUDE_OUTPUT);
        }
        List<HistoryEntry> entries;
        if (request instanceof HistoryRequest.Tail tail) {
            entries = lookupTail(tail.getMaxReturnLength(), flags);
        } else if (request instanceof HistoryRequest.Range range) {
            entries = lookupRange(range.getSessionIndex(), range.getStart(), range.getStop(), flags);
        } else {
            HistoryRequest.Search search = (HistoryRequest.Search) request;
            if (search.filterUnique()) {
                flags.add(ResultFlag.UNIQUE);
            }
            entries = search(search.getPattern(), search.getMaxReturnLength(), flags);
        }
        env.reply(new ProtocolReplies.History(entries));
    }

    synchronized void record(int number, String input, String output) {
        cells.add(new Cell(number, input, output == null ? "" : output));
    }

    @Override
    public synchronized List<HistoryEntry> lookupTail(int length, Set<ResultFlag> flags) {
        return entries(last(cells, length), flags);
    }

    @Override
    public synchronized List<HistoryEntry> lookupRange(int session, int start, int stop, Set<ResultFlag> flags) {
        if (session != 0 && session != SESSION) {
            return List.of();
        }
        List<Cell> out = new ArrayList<>();
        for (Cell c : cells) {
            if (c.number() >= start && (stop <= 0 || c.number() < stop)) {
                out.add(c);
            }
        }
        return entries(out, flags);
    }

    @Override
    public synchronized List<HistoryEntry> search(String glob, int length, Set<ResultFlag> flags) {
        Pattern pattern = globToRegex(glob == null || glob.isEmpty() ? "*" : glob);
        boolean unique = flags.contains(ResultFlag.UNIQUE);
        Set<String> seen = new HashSet<>();
        List<Cell> newestFirst = new ArrayList<>();
        for (int i = cells.size() - 1; i >= 0; i--) {
            Cell c = cells.get(i);
            if (pattern.matcher(c.input()).matches() && (!unique || seen.add(c.input()))) {
                newestFirst.add(c);
            }
        }
        List<Cell> matches = new ArrayList<>(newestFirst.subList(0,
                length <= 0 ? newestFirst.size() : Math.min(length, newestFirst.size())));
        Collections.reverse(matches);
        return entries(matches, flags);
    }

    private static List<Cell> last(List<Cell> cells, int n) {
        return n <= 0 ? cells : cells.subList(Math.max(0, cells.size() - n), cells.size());
    }

    private static List<HistoryEntry> entries(List<Cell> cells, Set<ResultFlag> flags) {
        boolean withOutput = flags.contains(ResultFlag.INCLUDE_OUTPUT);
        List<HistoryEntry> out = new ArrayList<>(cells.size());
        for (Cell c : cells) {
            out.add(withOutput ? new HistoryEntry(SESSION, c.number(), c.input(), c.output())
                    : new HistoryEntry(SESSION, c.number(), c.input()));
        }
        return out;
    }

    /** The sqlite glob of the protocol: '*', '?', and [...] / [^...] classes; the rest is literal. */
    static Pattern globToRegex(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char ch = glob.charAt(i);
            int close = ch == '[' ? glob.indexOf(']', i + 2) : -1;
            if (ch == '*') {
                re.append(".*");
            } else if (ch == '?') {
                re.append('.');
            } else if (close > 0) {
                String body = glob.substring(i + 1, close);
                boolean negated = body.startsWith("^");
                re.append(negated ? "[^" : "[")
                        .append((negated ? body.substring(1) : body).replace("\\", "\\\\").replace("[", "\\["))
                        .append(']');
                i = close;
            } else {
                re.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }
}
