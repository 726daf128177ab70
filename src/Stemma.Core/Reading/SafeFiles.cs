using System.ComponentModel;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Stemma.Reading;

/// <summary>
/// Reads a file without trusting what it claims to be. A FIFO or socket named as input is refused instead
/// of blocking forever (on Linux it is opened non-blocking and refused when it cannot seek); a device or a
/// file of unknown length (a symlink to <c>/dev/zero</c> reports length 0) is read in chunks and given up
/// as soon as it passes the size cap, so no read grows past <c>cap + 1</c> bytes.
/// </summary>
public static partial class SafeFiles
{
    private const int ReadOnly = 0;
    private const int NonBlocking = 0x800; // O_NONBLOCK on Linux (x64, arm64)
    private const int CloseOnExec = 0x80000; // O_CLOEXEC on Linux

    /// <summary>The file's bytes, or null with <paramref name="problem"/> saying why it was not read.</summary>
    public static byte[]? ReadCapped(string file, long maxBytes, out string? problem)
    {
        problem = null;
        try
        {
            using var stream = Open(file);
            if (!stream.CanSeek)
            {
                problem = "not a regular file (a pipe, socket or terminal); skipped";
                return null;
            }
            var declared = stream.Length;
            if (declared > maxBytes)
            {
                problem = $"file is {declared:N0} bytes, over the {maxBytes:N0}-byte limit";
                return null;
            }
            using var buffer = new MemoryStream(declared > 0 ? (int)declared : 4096);
            var chunk = new byte[64 * 1024];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    problem = $"over the {maxBytes:N0}-byte limit while reading (a device or a file still growing); skipped";
                    return null;
                }
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            problem = $"cannot read: {e.Message}";
            return null;
        }
    }

    /// <summary>Opens a file to read it as a stream (an archive of any size); a FIFO, socket or terminal is refused.</summary>
    /// <exception cref="IOException">The file cannot be opened, or is not a regular file.</exception>
    public static FileStream OpenForStreaming(string file)
    {
        var stream = Open(file);
        if (!stream.CanSeek)
        {
            stream.Dispose();
            throw new IOException("not a regular file (a pipe, socket or terminal); skipped");
        }
        return stream;
    }

    private static FileStream Open(string file)
    {
        if (!OperatingSystem.IsLinux())
        {
            return new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        }
        // A FIFO opened for reading blocks until a writer comes; opened non-blocking it returns at once.
        var fd = OpenNative(Path.GetFullPath(file), ReadOnly | NonBlocking | CloseOnExec); // normalised as .NET would ("a/missing/.." is "a")
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw new IOException($"{new Win32Exception(errno).Message}: '{file}'");
        }
        var handle = new SafeFileHandle(fd, ownsHandle: true);
        try
        {
            return new FileStream(handle, FileAccess.Read, 1);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int OpenNative(string path, int flags);
}
