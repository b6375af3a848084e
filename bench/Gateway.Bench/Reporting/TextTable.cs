using System.Text;

namespace Gateway.Bench.Reporting;

/// <summary>A table of strings printed as aligned plain text (first columns left, figures right) or as Markdown.</summary>
internal sealed class TextTable(IReadOnlyList<string> headers, int leftAlignedColumns)
{
    private readonly List<string[]> _rows = [];

    public void AddRow(params string[] cells)
    {
        if (cells.Length != headers.Count)
        {
            throw new ArgumentException($"a row needs {headers.Count} cells, not {cells.Length}", nameof(cells));
        }

        _rows.Add(cells);
    }

    public string ToPlainText()
    {
        var widths = headers.Select((h, c) => _rows.Select(r => r[c].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        AppendPlainRow(text, headers, widths);
        foreach (var row in _rows)
        {
            AppendPlainRow(text, row, widths);
        }

        return text.ToString();
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("| ").AppendJoin(" | ", headers).Append(" |\n|");
        for (var c = 0; c < headers.Count; c++)
        {
            text.Append(c < leftAlignedColumns ? " --- |" : " ---: |");
        }

        text.Append('\n');
        foreach (var row in _rows)
        {
            text.Append("| ").AppendJoin(" | ", row.Select(cell => cell.Replace("|", "\\|", StringComparison.Ordinal))).Append(" |\n");
        }

        return text.ToString();
    }

    private void AppendPlainRow(StringBuilder text, IReadOnlyList<string> cells, int[] widths)
    {
        for (var c = 0; c < cells.Count; c++)
        {
            if (c > 0)
            {
                text.Append("  ");
            }

            text.Append(c < leftAlignedColumns ? cells[c].PadRight(widths[c]) : cells[c].PadLeft(widths[c]));
        }

        text.Append('\n');
    }
}
