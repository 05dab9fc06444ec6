using System.Runtime.InteropServices;

namespace Research;

/// <summary>
/// What a path is once links are followed (a regular file, a folder, a FIFO, a device) and its size, read with
/// stat(2). The loader needs this before it opens anything: opening a FIFO blocks and a device such as /dev/zero
/// never ends.
/// </summary>
/// <remarks>
/// .NET has no public API for a file's type or inode, so this calls the runtime's own native shim (libSystem.Native,
/// shipped with every .NET on Linux and macOS); only the struct's first fields (mode, size), whose layout has not
/// changed across .NET versions, are read. On Windows, or if the shim is missing, every file counts as regular.
/// </remarks>
internal readonly record struct FileKind(FileKind.Type Kind, long Size)
{
    public enum Type { Regular, Folder, Fifo, CharacterDevice, BlockDevice, Socket, Other }

    public string Describe() => Kind switch
    {
        Type.Fifo => "a FIFO (named pipe)",
        Type.CharacterDevice => "a character device",
        Type.BlockDevice => "a block device",
        Type.Socket => "a socket",
        Type.Folder => "a folder",
        Type.Regular => "a regular file",
        _ => "not a regular file",
    };

    /// <summary>Stats <paramref name="path"/>, following links; throws IOException (a dangling link, a loop of links) or UnauthorizedAccessException.</summary>
    public static FileKind Of(string path)
    {
        if (!OperatingSystem.IsWindows() && Native.Available)
        {
            FileStatus status;
            int rc;
            try { rc = Native.Stat(path, out status); }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                Native.Available = false;
                return Managed(path);
            }
            if (rc != 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                // EACCES 13 and EPERM 1 on Linux and macOS
                if (errno is 13 or 1) throw new UnauthorizedAccessException($"permission denied (errno {errno})");
                throw new IOException(errno == 40 || errno == 62 ? "too many levels of symbolic links (a loop of links)" : $"stat failed (errno {errno}: {Marshal.GetPInvokeErrorMessage(errno)})");
            }
            var kind = (status.Mode & 0xF000) switch
            {
                0x8000 => Type.Regular,
                0x4000 => Type.Folder,
                0x1000 => Type.Fifo,
                0x2000 => Type.CharacterDevice,
                0x6000 => Type.BlockDevice,
                0xC000 => Type.Socket,
                _ => Type.Other,
            };
            return new FileKind(kind, status.Size);
        }
        return Managed(path);
    }

    static FileKind Managed(string path)
    {
        var file = new FileInfo(path);
        if (file.Exists) return new FileKind(Type.Regular, file.Length);
        if (Directory.Exists(path)) return new FileKind(Type.Folder, 0);
        throw new FileNotFoundException("no such file or folder (or a dangling link)", path);
    }

    /// <summary>The runtime shim's FileStatus (src/native/libs/System.Native/pal_io.h): its stable head, then room
    /// for the rest (times, device, inode, whose layout varies by version) and to spare.</summary>
    [StructLayout(LayoutKind.Sequential)]
    struct FileStatus
    {
        public int Flags;
        public int Mode;
        public uint Uid;
        public uint Gid;
        public long Size;
        public long R0, R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12, R13, R14, R15;
    }

    static class Native
    {
        public static volatile bool Available = true;

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
        public static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out FileStatus output);
    }
}
