using System.Runtime.InteropServices;

namespace Stemma.Reading;

/// <summary>
/// The supported files under a folder, walked safely: hidden entries skipped; a symlinked folder followed
/// only when its real path has not been walked already (so <c>up -&gt; ..</c> and <c>loop -&gt; .</c> are
/// walked once, not until memory runs out); a folder that cannot be listed (too deep for the system's
/// path limit, unreadable) reported and passed over; at most <see cref="MaxDepth"/> levels. The files come in
/// ordinal path order so runs are repeatable.
/// </summary>
internal static partial class FolderWalk
{
    /// <summary>Folders nested deeper than this are not walked (reported once each).</summary>
    public const int MaxDepth = 64;

    public static List<string> Files(string folder, Func<string, bool> wanted, Action<ReadDiagnostic>? report)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Path, int Depth)>();
        if (RealPath(folder) is { } root)
        {
            seen.Add(root);
        }
        pending.Push((folder, 0));
        while (pending.Count > 0)
        {
            var (path, depth) = pending.Pop();
            try
            {
                var options = new EnumerationOptions { AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true, RecurseSubdirectories = false };
                foreach (var entry in new DirectoryInfo(path).EnumerateFileSystemInfos("*", options))
                {
                    if (entry.Name.StartsWith('.'))
                    {
                        continue;
                    }
                    if (entry is FileInfo)
                    {
                        if (wanted(entry.FullName))
                        {
                            files.Add(System.IO.Path.Join(path, entry.Name));
                        }
                        continue;
                    }
                    var child = System.IO.Path.Join(path, entry.Name);
                    if (depth + 1 > MaxDepth)
                    {
                        report?.Invoke(ReadDiagnostic.Rejected(child, $"folder nested more than {MaxDepth} levels deep; not read"));
                        continue;
                    }
                    // A folder reached twice (through a symlink, a bind mount) is walked only the first time.
                    // A symlinked folder whose real path cannot be resolved is not followed at all: without a real
                    // path nothing would stop two loops from branching at every level.
                    var real = RealPath(child);
                    if (real is null ? entry.LinkTarget is null : seen.Add(real))
                    {
                        pending.Push((child, depth + 1));
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                report?.Invoke(ReadDiagnostic.Rejected(path, $"folder not read: {e.Message}"));
            }
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>The canonical path with every symlink resolved (realpath(3)); null when it cannot be resolved.</summary>
    private static string? RealPath(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return System.IO.Path.GetFullPath(path);
        }
        // "a/missing/.." names "a" to .NET but nothing to realpath(3): resolve the path as .NET walks it.
        var resolved = RealPathNative(System.IO.Path.GetFullPath(path), IntPtr.Zero);
        if (resolved == IntPtr.Zero)
        {
            return null;
        }
        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            Free(resolved);
        }
    }

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr RealPathNative(string path, IntPtr resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void Free(IntPtr pointer);
}
