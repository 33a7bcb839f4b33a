namespace AfterSalesBot.TextAnalysis.Recognizers.Specs;

/// <summary>The Recognizers-Text model a spec file exercises.</summary>
public enum SpecModel
{
    /// <summary>NumberModel.json.</summary>
    Number,

    /// <summary>OrdinalModel.json.</summary>
    Ordinal,

    /// <summary>BooleanModel.json (yes/no).</summary>
    Boolean,

    /// <summary>DateTimeModel.json.</summary>
    DateTime,
}
