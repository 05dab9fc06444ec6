using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Research.Notebooks.Jupyter;

namespace Research.Notebooks.Tests.Jupyter;

/// <summary>A <see cref="KernelServer"/> serving a <see cref="FakeEngine"/> in this process, on free loopback ports.</summary>
sealed class TestKernel : IDisposable
{
    public readonly FakeEngine Engine = new();
    public readonly List<string> Log = [];
    public readonly string ConnectionFile;
    public readonly KernelConnection Connection;
    public readonly KernelServer Server;
    public readonly Task Running;
    readonly CancellationTokenSource stop = new();

    public TestKernel(string folder)
    {
        var ports = FreePorts(5);
        var json = new JsonObject
        {
            ["shell_port"] = ports[0], ["iopub_port"] = ports[1], ["stdin_port"] = ports[2], ["control_port"] = ports[3], ["hb_port"] = ports[4],
            ["ip"] = "127.0.0.1", ["key"] = Guid.NewGuid().ToString(), ["transport"] = "tcp", ["signature_scheme"] = "hmac-sha256", ["kernel_name"] = "test",
        };
        ConnectionFile = Path.Combine(folder, "kernel-test.json");
        File.WriteAllText(ConnectionFile, json.ToJsonString());
        Connection = KernelConnection.Read(ConnectionFile);
        Server = new KernelServer(Connection, Engine, line => { lock (Log) Log.Add(line); });
        Running = Server.RunAsync(stop.Token);
    }

    /// <summary>Ports the system has just handed out; closed again for the kernel to bind (a tiny race, as jupyter_client has).</summary>
    static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return ports;
    }

    public void Dispose()
    {
        stop.Cancel();
        Running.Wait(TimeSpan.FromSeconds(15));
        Server.Dispose();
        stop.Dispose();
    }
}
