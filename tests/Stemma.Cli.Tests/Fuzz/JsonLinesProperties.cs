using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Stemma.Reports;

namespace Stemma.Fuzz;

/// <summary>Property tests (FsCheck) for the JSON writer every command uses: any numbers and strings give one valid JSON line.</summary>
public class JsonLinesProperties
{
    private static readonly Config Seeded = Config.QuickThrowOnFailure.WithMaxTest(500).WithReplay(new Replay(new Rnd(1130UL, 7UL), null));

    [Fact]
    public void Any_numbers_and_strings_write_as_one_valid_json_line()
    {
        var number = Gen.OneOf(Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, -0.0, double.Epsilon), ArbMap.Default.GeneratorFor<double>());
        var text = ArbMap.Default.GeneratorFor<string>();
        var input = Gen.Zip(number.ArrayOf(), text.ArrayOf()).ToArbitrary();
        Check.One(Seeded, Prop.ForAll(input, values =>
        {
            var json = new JsonObject
            {
                ["numbers"] = new JsonArray([.. values.Item1.Select(v => (JsonNode?)v)]),
                ["texts"] = new JsonArray([.. values.Item2.Select(s => (JsonNode?)s)]),
                ["nested"] = new JsonObject { ["coverage"] = values.Item1.FirstOrDefault(double.NaN) },
            };

            var line = JsonLines.Write(json);

            Assert.DoesNotContain('\n', line);
            using var parsed = JsonDocument.Parse(line);
            Assert.Equal(values.Item1.Length, parsed.RootElement.GetProperty("numbers").GetArrayLength());
        }));
    }
}
