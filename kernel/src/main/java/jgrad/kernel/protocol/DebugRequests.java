package jgrad.kernel.protocol;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * debug_request on the control channel: the inspection part of the Debug Adapter Protocol as
 * JupyterLab's debugger sends it (JEP 47). The Variables panel lists the session's variables
 * (inspectVariables) and shows a variable's rich view (richInspectVariables); cells are given source
 * paths (dumpCell, source) so the panel can name them. Breakpoints are answered as not verified: the
 * kernel does not stop in cells yet, and says so rather than pretending.
 */
final class DebugRequests implements GuardedShellChannel.RawHandler {
    /** The hash JupyterLab computes of a cell's code to name its file; it must match the one named in debugInfo. */
    static final long HASH_SEED = 3339675911L;
    static final String FILE_PREFIX = "/tmp/jgrad-cells/";
    static final String FILE_SUFFIX = ".java";

    private final KernelControl kernel;
    private final AtomicInteger seq = new AtomicInteger();
    private final Map<String, String> cells = new ConcurrentHashMap<>();
    private volatile boolean started;

    DebugRequests(KernelControl kernel) {
        this.kernel = kernel;
    }

    @Override
    public JsonObject reply(WireMessages.Incoming request) {
        JsonObject in = request.content();
        String command = text(in, "command");
        JsonObject args = in.has("arguments") && in.get("arguments").isJsonObject() ? in.getAsJsonObject("arguments")
                : new JsonObject();
        JsonObject out = new JsonObject();
        out.addProperty("seq", seq.incrementAndGet());
        out.addProperty("type", "response");
        out.add("request_seq", in.has("seq") ? in.get("seq") : new com.google.gson.JsonPrimitive(0));
        out.addProperty("command", command);
        JsonObject body = new JsonObject();
        boolean success = true;
        switch (command) {
            case "initialize" -> {
                body.addProperty("supportsConfigurationDoneRequest", true);
                body.addProperty("supportsVariableType", true);
                body.addProperty("supportsDebuggerProperties", false);
                body.add("exceptionBreakpointFilters", new JsonArray());
                started = true;
            }
            case "attach", "configurationDone", "setExceptionBreakpoints" -> { }
            case "disconnect" -> started = false;
            case "debugInfo" -> debugInfo(body);
            case "inspectVariables" -> body.add("variables", variables());
            case "richInspectVariables" -> rich(text(args, "variableName"), body);
            case "dumpCell" -> body.addProperty("sourcePath", dump(text(args, "code")));
            case "source" -> {
                String path = args.has("source") ? text(args.getAsJsonObject("source"), "path") : "";
                String code = cells.get(path);
                if (code == null) {
                    success = false;
                    out.addProperty("message", "no cell source at " + path);
                } else {
                    body.addProperty("content", code);
                }
            }
            case "modules" -> {
                body.add("modules", new JsonArray());
                body.addProperty("totalModules", 0);
            }
            case "setBreakpoints" -> body.add("breakpoints", unverified(args));
            default -> {
                success = false;
                out.addProperty("message", "the jgrad kernel does not support the debug command '" + command
                        + "' yet: its debugger shows variables, but does not stop in cells");
            }
        }
        out.addProperty("success", success);
        out.add("body", body);
        return out;
    }

    private void debugInfo(JsonObject body) {
        body.addProperty("isStarted", started);
        body.addProperty("hashMethod", "Murmur2");
        body.addProperty("hashSeed", HASH_SEED);
        body.addProperty("tmpFilePrefix", FILE_PREFIX);
        body.addProperty("tmpFileSuffix", FILE_SUFFIX);
        body.add("breakpoints", new JsonArray());
        body.add("stoppedThreads", new JsonArray());
        body.addProperty("richRendering", true);
        body.add("exceptionPaths", new JsonArray());
    }

    private JsonArray variables() {
        JsonArray out = new JsonArray();
        for (KernelControl.VariableView v : kernel.variables()) {
            JsonObject row = new JsonObject();
            row.addProperty("name", v.name());
            row.addProperty("value", v.value());
            row.addProperty("type", v.type());
            row.addProperty("evaluateName", v.name());
            row.addProperty("variablesReference", 0);
            out.add(row);
        }
        return out;
    }

    private void rich(String name, JsonObject body) {
        JsonObject data = new JsonObject();
        kernel.richVariable(name).ifPresent(bundle -> bundle.forEach(data::addProperty));
        body.add("data", data);
        body.add("metadata", new JsonObject());
    }

    /** The source path JupyterLab computes for the same code: prefix, Murmur2 hash, suffix. */
    String dump(String code) {
        String path = FILE_PREFIX + Integer.toUnsignedString(Murmur2.hash(code.getBytes(StandardCharsets.UTF_8),
                (int) HASH_SEED)) + FILE_SUFFIX;
        cells.put(path, code);
        return path;
    }

    private static JsonArray unverified(JsonObject args) {
        JsonArray out = new JsonArray();
        JsonElement wanted = args.get("breakpoints");
        if (wanted != null && wanted.isJsonArray()) {
            for (JsonElement b : wanted.getAsJsonArray()) {
                JsonObject bp = new JsonObject();
                bp.addProperty("verified", false);
                bp.addProperty("message", "the jgrad kernel does not stop at breakpoints yet");
                if (b.isJsonObject() && b.getAsJsonObject().has("line")) {
                    bp.add("line", b.getAsJsonObject().get("line"));
                }
                out.add(bp);
            }
        }
        return out;
    }

    private static String text(JsonObject o, String key) {
        JsonElement e = o == null ? null : o.get(key);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : "";
    }
}
