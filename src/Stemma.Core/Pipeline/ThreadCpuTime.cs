using System.Runtime.InteropServices;

namespace Stemma.Pipeline;

/// <summary>
/// The CPU time the calling thread has used (Linux: <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>), for
/// ingest's stage figures: on a shared machine a stage's wall time says how long it waited for a core as much as
/// how much work it did; its CPU time says the latter. Null where the call is not available.
/// </summary>
internal static partial class ThreadCpuTime
{
    private const int ClockThreadCpuTime = 3;

    private static bool _unavailable = !OperatingSystem.IsLinux();

    public static TimeSpan? Now()
    {
        if (_unavailable)
        {
            return null;
        }
        try
        {
            return ClockGetTime(ClockThreadCpuTime, out var time) == 0 ? TimeSpan.FromTicks(time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100) : null;
        }
        catch (Exception error) when (error is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
            return null;
        }
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
