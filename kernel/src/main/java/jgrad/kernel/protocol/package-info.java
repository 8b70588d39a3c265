/**
 * The kernel's protocol layer: everything that mends or replaces jupyter-jvm-basekernel's behaviour,
 * in one room. The kernel ({@code JGradKernel}) hands it {@link jgrad.kernel.protocol.Cells} and a
 * {@link jgrad.kernel.protocol.KernelControl}; nothing here reaches back into the kernel.
 *
 * <p>What each piece fixes, and why:
 * <ul>
 * <li>{@link jgrad.kernel.protocol.GuardedConnection} — basekernel's connection with every socket
 *     replaced below; binds only the connection file's transport and ip.</li>
 * <li>{@link jgrad.kernel.protocol.GuardedShellChannel} — shell and control: reads each multipart
 *     message whole, rejects unsigned or malformed ones ({@link jgrad.kernel.protocol.WireMessages}),
 *     survives any throwable of a handler (still sending its reply and idle status), blocks in the poller
 *     instead of basekernel's poll-then-sleep loop (~25 ms per request).</li>
 * <li>{@link jgrad.kernel.protocol.IopubPublisher} — iopub from any thread, in order, never entering
 *     ZeroMQ from a cell's thread (a stop would cut a multipart message); stream text batched per 50 ms
 *     ({@link jgrad.kernel.protocol.StreamBatch}).</li>
 * <li>{@link jgrad.kernel.protocol.StdinBroker} — input_request/reply on one thread, signed checks,
 *     a cell that stops waiting releases it.</li>
 * <li>{@link jgrad.kernel.protocol.GuardedHeartbeat} — basekernel's heartbeat loop ends on the first
 *     error; a silent heartbeat makes the front end declare a living kernel dead.</li>
 * <li>{@link jgrad.kernel.protocol.PublisherReplyEnvironment} — basekernel's reply environment on the
 *     publisher, noting whether a handler replied.</li>
 * <li>{@link jgrad.kernel.protocol.KernelProtocol} — the handlers jgrad registers, in one place:
 *     execute ({@link jgrad.kernel.protocol.ExecuteHandler}: real exception names, payloads, history,
 *     any throwable as the cell's error), history ({@link jgrad.kernel.protocol.CellHistory}: tail, range,
 *     search), interrupt (by request date, see {@link jgrad.kernel.protocol.RequestDates}), shutdown,
 *     comm_info and kernel_info with the "status" fields protocol 5.3 requires and basekernel 2.3.0's
 *     classes lack ({@link jgrad.kernel.protocol.ProtocolReplies}, {@link jgrad.kernel.protocol.KernelInfo}),
 *     and usage_request on control, which basekernel cannot name: the process's CPU and resident memory,
 *     the host's and the JVM heap's, for jupyter-resource-usage's kernel panel
 *     ({@link jgrad.kernel.protocol.ResourceUsage}).</li>
 * <li>{@link jgrad.kernel.protocol.CellOutput} — cells' output bound to the latest cell, so a background
 *     thread's lines are never dropped; UTF-8 split safely ({@link jgrad.kernel.protocol.Utf8}).</li>
 * <li>{@code io.github.spencerpark.jupyter.kernel.JupyterIOBinding} — the one class outside this
 *     package: basekernel keeps the stdin binding package-private to its own execute handler.</li>
 * </ul>
 */
package jgrad.kernel.protocol;
