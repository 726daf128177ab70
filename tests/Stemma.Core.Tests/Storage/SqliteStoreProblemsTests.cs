using Microsoft.Data.Sqlite;
using Stemma.Judgement;
using Stemma.Reading;
using Stemma.Stories;

namespace Stemma.Storage;

/// <summary>Each row reader skips (or reads as undated) a damaged row, names it in <see cref="SqliteStore.Problems"/> and serves the rest.</summary>
public class SqliteStoreProblemsTests
{
    [Fact]
    public void Regression_FormatException_a_corrupted_published_date_reads_the_article_undated_and_names_it()
    {
        using var folder = new TempFolder();
        var (path, ids) = Stored(folder);
        Execute(path, $"UPDATE articles SET published = '2024-13-45' WHERE id = {ids[1]}");

        using var store = SqliteStore.OpenReadOnly(path);
        var members = store.Members(1);

        Assert.Equal(3, members.Count);
        Assert.Null(members.Single(m => m.Id == ids[1]).Published);
        Assert.NotNull(members.Single(m => m.Id == ids[0]).Published);
        Assert.Equal([$"articles {ids[1]}: published '2024-13-45' is not a date; read as undated"], store.Problems);
    }

    [Fact]
    public void Regression_ArgumentException_an_unknown_kind_or_verdict_skips_that_edge_only()
    {
        using var folder = new TempFolder();
        var (path, ids) = Stored(folder);
        Execute(path, $"UPDATE edges SET kind = 'Sideways' WHERE target_id = {ids[1]}");
        Execute(path, $"UPDATE edges SET verdict = '7' WHERE target_id = {ids[2]}");

        using var store = SqliteStore.OpenReadOnly(path);

        Assert.Empty(store.Edges(1));
        Assert.Equal(2, store.Problems.Count);
        Assert.Contains($"edges {ids[0]} → {ids[1]}: skipped, unreadable (unknown kind 'Sideways')", store.Problems);
        Assert.Contains($"edges {ids[0]} → {ids[2]}: skipped, unreadable (unknown verdict '7')", store.Problems);
    }

    [Fact]
    public void Regression_JsonException_broken_reasons_or_passages_skip_that_row_and_serve_the_others()
    {
        using var folder = new TempFolder();
        var (path, ids) = Stored(folder);
        Execute(path, $"UPDATE edges SET reasons = '[1,' WHERE target_id = {ids[1]}");
        Execute(path, $"UPDATE alignments SET passages = 'null' WHERE target_id = {ids[2]}");
        Execute(path, $"UPDATE alignments SET passages = '{{oops' WHERE target_id = {ids[1]}");

        using var store = SqliteStore.OpenReadOnly(path);

        Assert.Equal(ids[2], Assert.Single(store.Edges(1)).TargetId);
        Assert.Empty(store.AlignmentsOf(ids[1]));
        Assert.Empty(Assert.Single(store.AlignmentsOf(ids[2])).Passages);
        Assert.Equal(2, store.Problems.Count);
        Assert.StartsWith($"edges {ids[0]} → {ids[1]}: skipped, unreadable", store.Problems[0]);
        Assert.StartsWith($"alignments {ids[0]} → {ids[1]}: skipped, unreadable", store.Problems[1]);
    }

    [Fact]
    public void Regression_InvalidCastException_text_where_a_sketch_blob_belongs_skips_that_sentence()
    {
        using var folder = new TempFolder();
        var (path, ids) = Stored(folder);
        Execute(path, $"UPDATE article_sentences SET sentences = 'text' WHERE article_id = {ids[0]}");

        using var store = SqliteStore.OpenReadOnly(path);

        Assert.Empty(store.Sentences(ids[0]));
        Assert.Single(store.Sentences(ids[1]));
        Assert.StartsWith($"sentences of article {ids[0]}: skipped, unreadable", Assert.Single(store.Problems));
    }

    [Fact]
    public void Regression_InvalidDataException_a_sentence_blob_cut_short_skips_that_article_s_sentences()
    {
        using var folder = new TempFolder();
        var (path, ids) = Stored(folder);
        Execute(path, $"UPDATE article_sentences SET sentences = substr(sentences, 1, 15) WHERE article_id = {ids[0]}");

        using var store = SqliteStore.OpenReadOnly(path);

        Assert.Empty(store.Sentences(ids[0]));
        Assert.Single(store.Sentences(ids[1]));
        Assert.StartsWith($"sentences of article {ids[0]}: skipped, unreadable", Assert.Single(store.Problems));
    }

    [Fact]
    public void Regression_FormatException_a_corrupted_story_date_lists_the_story_undated_and_names_it_once()
    {
        using var folder = new TempFolder();
        var (path, _) = Stored(folder);
        Execute(path, "UPDATE stories SET last_published = 'soon' WHERE id = 1");

        using var store = SqliteStore.OpenReadOnly(path);
        var first = Assert.Single(store.Stories());
        store.Stories();

        Assert.Equal(3, first.Size);
        Assert.Null(first.Last);
        Assert.Equal(["stories 1: last_published 'soon' is not a date; read as undated"], store.Problems);
    }

    /// <summary>A store with three articles in story 1, a tree (0 → 1, 0 → 2) and its alignments.</summary>
    private static (string Path, long[] Ids) Stored(TempFolder folder)
    {
        var path = Path.Combine(folder.Path, "s.db");
        using var store = SqliteStore.Open(path);
        var ids = store.Write([Article("a"), Article("b"), Article("c")], []).ToArray();
        StoredPassage[] passages = [new(0, 5, 0, 5, "copy", 1.0)];
        store.SaveTree(1,
            [new AlignmentRecord(ids[1], ids[0], Verdict.Wholly, 0.9, passages), new AlignmentRecord(ids[2], ids[0], Verdict.Wholly, 0.8, passages)],
            [new EdgeRecord(ids[0], ids[1], EdgeKind.Derived, Verdict.Wholly, 0.9, ["shares 90%"]), new EdgeRecord(ids[0], ids[2], EdgeKind.Derived, Verdict.Wholly, 0.8, ["shares 80%"])]);
        return (path, ids);
    }

    private static ArticleWrite Article(string key) => SqliteStoreTests.Article(key, storyId: 1);

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, command.ExecuteNonQuery());
    }
}
