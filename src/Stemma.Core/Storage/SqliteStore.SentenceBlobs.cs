using Microsoft.Data.Sqlite;

namespace Stemma.Storage;

/// <summary>
/// An article's sentences as one row (table <c>article_sentences</c>, see <see cref="SentenceBlob"/>): one
/// row per sentence cost ingest a statement for each of PAN's 250,000 sentences, a fifth of its writer's CPU.
/// Articles stored before keep their rows in the old <c>sentences</c> table, which is still read for them.
/// </summary>
public sealed partial class SqliteStore
{
    private void WriteSentences(long id, IReadOnlyList<StoredSentence> sentences, SqliteTransaction transaction)
    {
        var command = Prepared("INSERT INTO article_sentences (article_id, sentences) VALUES ($id, $s)", transaction);
        command.Parameters.Add("$id", SqliteType.Integer).Value = id;
        command.Parameters.Add("$s", SqliteType.Blob).Value = SentenceBlob.Write(sentences);
        command.ExecuteNonQuery();
    }

    /// <summary>Removes an article's sentences, in either form, before a new version's are written.</summary>
    private void DeleteSentences(long id, SqliteTransaction transaction) =>
        Prepared("DELETE FROM article_sentences WHERE article_id = $id; DELETE FROM sentences WHERE article_id = $id", transaction, ("$id", id)).ExecuteNonQuery();

    /// <summary>The sentences stored for an article: spans in its original file and sketch band keys.</summary>
    public IReadOnlyList<StoredSentence> Sentences(long articleId)
    {
        var sentences = new List<StoredSentence>();
        var found = false;
        using (var command = Command("SELECT sentences FROM article_sentences WHERE article_id = $id", null, ("$id", articleId)))
        {
            ReadRows(command, "sentences", r => $"of article {articleId}", reader =>
            {
                found = true;
                sentences.AddRange(SentenceBlob.Read((byte[])reader[0]));
            });
        }
        if (found)
        {
            return sentences;
        }
        // Stored before sentences were kept as one row: a row per sentence.
        using var old = Command("SELECT original_offset, original_length, sketch FROM sentences WHERE article_id = $id ORDER BY ordinal", null, ("$id", articleId));
        ReadRows(old, "sentences", r => $"of article {articleId}", reader =>
            sentences.Add(new StoredSentence(reader.GetInt32(0), reader.GetInt32(1), FeatureBlob.ReadKeys((byte[])reader[2]))));
        return sentences;
    }
}
