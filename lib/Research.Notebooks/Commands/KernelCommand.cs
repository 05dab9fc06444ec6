using System.CommandLine;
using NetMQ;
using Research.Notebooks.Engine;
using Research.Notebooks.Jupyter;

namespace Research.Notebooks.Commands;

/// <summary>`research kernel`: serves the kit's C# kernel to Jupyter; `install`/`uninstall` its kernelspec.</summary>
internal static class KernelCommand
{
    public static Command Create()
    {
        var connectionFile = new Option<FileInfo>("--connection-file", "-f")
        {
            Description = "The connection file Jupyter writes for the kernel (ip, ports, signing key). Jupyter passes it; you rarely type this.",
            Required = true,
        };
        var command = new Command("kernel", """
            Serve the kit's C# kernel over the Jupyter messaging protocol (5.3), for JupyterLab, Notebook, VS Code's Jupyter
            extension, nbclient. Jupyter starts it by itself once installed: run `research kernel install` once, then pick
            "C# (Research kit)" as the kernel. The kernel listens only on the connection file's ip and exits when Jupyter does.
            """)
        { connectionFile };
        command.SetAction(async (parse, cancel) => await Serve(parse.GetValue(connectionFile)!, cancel));
        command.Subcommands.Add(Install());
        command.Subcommands.Add(Uninstall());
        return command;
    }

    static async Task<int> Serve(FileInfo file, CancellationToken cancel)
    {
        KernelConnection connection;
        try { connection = KernelConnection.Read(file.FullName); }
        catch (InvalidDataException e) { Console.Error.WriteLine($"error: {e.Message}"); return 2; }
        INotebookEngine engine;
        try { engine = KernelEngine.Create(); }
        catch (NotImplementedException e) { Console.Error.WriteLine($"error: {e.Message}"); return 1; }
        try
        {
            KernelServer server;
            try { server = new KernelServer(connection, engine); }
            catch (NetMQException e)
            {
                Console.Error.WriteLine($"error: {file.FullName}: cannot listen on {connection.Ip} ports {connection.ShellPort}, {connection.ControlPort}, " +
                    $"{connection.StdinPort}, {connection.IOPubPort}, {connection.HeartbeatPort}: {e.Message}");
                return 1;
            }
            using (server)
            using (var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel))
            {
                // A client that dies without a shutdown_request leaves no kernel behind.
                _ = ParentProcess.WaitForExitAsync(stop.Token).ContinueWith(t =>
                {
                    if (t.IsCompletedSuccessfully) { Console.Error.WriteLine("kernel: the parent process is gone; exiting."); stop.Cancel(); }
                }, TaskScheduler.Default);
                await server.RunAsync(stop.Token);
                stop.Cancel();
            }
            return 0;
        }
        finally
        {
            await engine.DisposeAsync();
            // NetMQ's I/O threads would otherwise keep the process alive.
            NetMQConfig.Cleanup(block: false);
        }
    }

    static (Option<bool> User, Option<DirectoryInfo?> Prefix, Option<string> Name) Location(string verb) => (
        new Option<bool>("--user") { Description = $"{verb} for the current user (the default): JUPYTER_DATA_DIR/kernels/NAME, else ~/.local/share/jupyter/kernels/NAME on Linux." },
        new Option<DirectoryInfo?>("--prefix") { Description = $"{verb} under PREFIX/share/jupyter/kernels/NAME instead, e.g. a virtual environment's or conda's prefix (jupyter finds it when it runs from that prefix, or with JUPYTER_PATH=PREFIX/share/jupyter)." },
        new Option<string>("--name") { Description = "The kernelspec's name: letters, digits, '.', '_', '-'.", DefaultValueFactory = _ => KernelSpec.DefaultName });

    static Command Install()
    {
        var (user, prefix, name) = Location("Install");
        var command = new Command("install", """
            Write the kernelspec (kernel.json) that lets Jupyter start this program as the "C# (Research kit)" kernel. It
            starts this very build (its absolute path is written in), so install again after moving the program.
            """)
        { user, prefix, name };
        command.SetAction(parse => Run(parse.GetValue(user), parse.GetValue(prefix), () =>
        {
            var folder = KernelSpec.Install(parse.GetValue(name)!, parse.GetValue(prefix)?.FullName, KernelSpec.Launcher());
            Console.WriteLine($"installed kernelspec {parse.GetValue(name)} in {folder}");
            return 0;
        }));
        return command;
    }

    static Command Uninstall()
    {
        var (user, prefix, name) = Location("Remove it");
        var command = new Command("uninstall", "Remove the kernelspec written by `research kernel install` (give the same --prefix and --name).")
        { user, prefix, name };
        command.SetAction(parse => Run(parse.GetValue(user), parse.GetValue(prefix), () =>
        {
            var folder = KernelSpec.Folder(parse.GetValue(name)!, parse.GetValue(prefix)?.FullName);
            if (!KernelSpec.Uninstall(parse.GetValue(name)!, parse.GetValue(prefix)?.FullName))
            {
                Console.Error.WriteLine($"error: no kernelspec in {folder}");
                return 1;
            }
            Console.WriteLine($"removed kernelspec {folder}");
            return 0;
        }));
        return command;
    }

    static int Run(bool user, DirectoryInfo? prefix, Func<int> action)
    {
        if (user && prefix is not null) { Console.Error.WriteLine("error: give --user or --prefix, not both."); return 2; }
        try { return action(); }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }
}
