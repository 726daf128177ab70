using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Stemma.Storage;

public sealed partial class SqliteStore
{
    /// <summary>
    /// Hands the write-ahead log's checkpoints to a connection and thread of their own until the returned
    /// object is disposed: this connection stops checkpointing after its commits, and each
    /// <see cref="BackgroundCheckpoints.Request"/> copies what has been committed into the store file while
    /// the next batch is written. Disposing waits for the checkpoint under way and gives this connection back its
    /// own setting; call it when nothing else uses this connection.
    /// </summary>
    public BackgroundCheckpoints CheckpointInBackground() => new(this);

    /// <summary>Checkpoints of the write-ahead log on a thread of their own (see <see cref="CheckpointInBackground"/>).</summary>
    public sealed class BackgroundCheckpoints : IDisposable
    {
        private readonly SqliteStore _store;
        private readonly SqliteConnection _connection;
        private readonly SemaphoreSlim _requested = new(0, 1);
        private readonly Task _task;
        private readonly long _ownCheckpointPages;
        private volatile bool _stopping;

        internal BackgroundCheckpoints(SqliteStore store)
        {
            _store = store;
            _ownCheckpointPages = Convert.ToInt64(store.Scalar("PRAGMA wal_autocheckpoint"), CultureInfo.InvariantCulture);
            _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = store.Path, Pooling = false }.ToString());
            _connection.Open();
            store.Execute("PRAGMA wal_autocheckpoint = 0");
            _task = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        /// <summary>
        /// Asks for a checkpoint of what is committed; one already asked for and not begun is enough. Called from
        /// the writing thread only, so nothing raises the count between the test and the release.
        /// </summary>
        public void Request()
        {
            if (_requested.CurrentCount == 0)
            {
                _requested.Release();
            }
        }

        private void Run()
        {
            while (true)
            {
                _requested.Wait();
                if (_stopping)
                {
                    return;
                }
                // PASSIVE: copies the frames no reader still needs and never waits for, nor blocks, the writer.
                using var command = _connection.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
                command.ExecuteNonQuery();
            }
        }

        public void Dispose()
        {
            _stopping = true;
            Request();
            try
            {
                _task.GetAwaiter().GetResult();
            }
            finally
            {
                _connection.Dispose();
                _requested.Dispose();
                _store.Execute(string.Create(CultureInfo.InvariantCulture, $"PRAGMA wal_autocheckpoint = {_ownCheckpointPages}"));
            }
        }
    }
}
