namespace Stemma.Reading;

public class JsonSurrogatesTests
{
    [Theory]
    [InlineData("{\"t\":\"a\\ud800b\"}", "{\"t\":\"a\\ufffdb\"}", 1)]
    [InlineData("{\"t\":\"\\udfff\\ud800\"}", "{\"t\":\"\\ufffd\\ufffd\"}", 2)]
    [InlineData("{\"t\":\"\\ud83d\\ude00\"}", "{\"t\":\"\\ud83d\\ude00\"}", 0)]
    [InlineData("{\"t\":\"\\\\ud800\"}", "{\"t\":\"\\\\ud800\"}", 0)]
    [InlineData("{\"t\":\"\\ud800", "{\"t\":\"\\ufffd", 1)]
    [InlineData("{\"t\":\"\\u00e9\"}", "{\"t\":\"\\u00e9\"}", 0)]
    public void Repair_replaces_only_unpaired_escaped_surrogates(string line, string expected, int count)
    {
        Assert.Equal(expected, JsonSurrogates.Repair(line, out var replaced));
        Assert.Equal(count, replaced);
    }
}
