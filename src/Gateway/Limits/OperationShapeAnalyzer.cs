using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Gateway.Limits;

/// <summary>
/// Measures an operation (<see cref="OperationShape"/>) in one walk over its document: each fragment is measured once
/// per list-size context and its figures reused wherever it is spread, so a document whose fragments expand
/// exponentially is measured in time linear in its length. A fragment spread inside its own expansion counts nothing
/// (validation refuses the cycle). Fields the schema does not know still count, without a cost (validation refuses them).
/// </summary>
public sealed class OperationShapeAnalyzer
{
    private const string TypeNameField = "__typename";
    private const int MaxExpansionNesting = 256;

    private readonly ISchema _schema;
    private readonly IReadOnlyDictionary<string, object?>? _variables;
    private readonly int _defaultListSize;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Fragment, Sizing? Sizing), Figures> _measured = [];
    private readonly HashSet<string> _expanding = new(StringComparer.Ordinal);
    private GraphQLOperationDefinition? _operation;
    private int _maxDirectives;

    public OperationShapeAnalyzer(ISchema schema, GraphQLDocument document, IReadOnlyDictionary<string, object?>? variables, int defaultListSize)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        _schema = schema;
        _variables = variables;
        _defaultListSize = defaultListSize;
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLFragmentDefinition fragment)
            {
                _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
            }
        }
    }

    /// <summary>Measures <paramref name="operation"/>; <see cref="OperationShape.MaxDirectivesPerLocation"/> is the most on one location of everything measured so far.</summary>
    public OperationShape Measure(GraphQLOperationDefinition operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        _operation = operation;
        NoteDirectives(operation.Directives);
        IComplexGraphType? root = operation.Operation switch
        {
            OperationType.Mutation => _schema.Mutation,
            OperationType.Subscription => _schema.Subscription,
            _ => _schema.Query,
        };
        var figures = MeasureSelections(operation.SelectionSet, root, sizing: null);
        return ToShape(figures);
    }

    /// <summary>Measures a fragment on its own (one no operation spreads is still checked: validation would walk it).</summary>
    public OperationShape MeasureFragment(GraphQLFragmentDefinition fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        _operation = null;
        return ToShape(MeasureFragment(fragment, sizing: null));
    }

    private OperationShape ToShape(Figures figures) => new()
    {
        Depth = figures.Depth,
        Fields = figures.Fields,
        Aliases = figures.Aliases,
        RootFields = figures.TopFields,
        FragmentSpreads = figures.Spreads,
        MaxDirectivesPerLocation = _maxDirectives,
        Cost = figures.Cost,
        IntrospectionFields = figures.Introspection,
        OfTypeDepth = figures.OfTypeDepth,
    };

    private Figures MeasureSelections(GraphQLSelectionSet? selectionSet, IComplexGraphType? parentType, Sizing? sizing)
    {
        var total = default(Figures);
        if (selectionSet is null)
        {
            return total;
        }

        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    total.Add(MeasureField(field, parentType, sizing), top: 1);
                    break;
                case GraphQLFragmentSpread spread:
                    NoteDirectives(spread.Directives);
                    if (_fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment))
                    {
                        var figures = MeasureFragment(fragment, sizing);
                        figures.Spreads += 1;
                        total.Add(figures, top: figures.TopFields);
                    }

                    break;
                case GraphQLInlineFragment inline:
                    NoteDirectives(inline.Directives);
                    var type = inline.TypeCondition is { } condition ? TypeNamed(condition.Type.Name.StringValue) : parentType;
                    var inner = MeasureSelections(inline.SelectionSet, type, sizing);
                    total.Add(inner, top: inner.TopFields);
                    break;
            }
        }

        return total;
    }

    private Figures MeasureFragment(GraphQLFragmentDefinition fragment, Sizing? sizing)
    {
        var name = fragment.FragmentName.Name.StringValue;
        if (_measured.TryGetValue((name, sizing), out var known))
        {
            return known;
        }

        if (_expanding.Count >= MaxExpansionNesting)
        {
            // Fragments spread within fragments this deep are refused as an expansion, before the walk's stack grows further.
            return new Figures { Spreads = double.PositiveInfinity };
        }

        if (!_expanding.Add(name))
        {
            return default;
        }

        NoteDirectives(fragment.Directives);
        var figures = MeasureSelections(fragment.SelectionSet, TypeNamed(fragment.TypeCondition.Type.Name.StringValue), sizing);
        _expanding.Remove(name);
        _measured[(name, sizing)] = figures;
        return figures;
    }

    private Figures MeasureField(GraphQLField field, IComplexGraphType? parentType, Sizing? sizing)
    {
        NoteDirectives(field.Directives);
        var name = field.Name.StringValue;
        var definition = FieldOf(parentType, name);
        var cost = definition?.GetCost();
        var isIntrospection = name.StartsWith("__", StringComparison.Ordinal) || parentType?.Name.StartsWith("__", StringComparison.Ordinal) == true;
        var resultType = definition?.ResolvedType;
        var named = resultType?.GetNamedType();

        // The list size of this field: a size its parent connection gives it, its own size argument, or the default for a list.
        double multiplier = 1;
        if (!isIntrospection)
        {
            if (sizing is { } parentSizing && parentSizing.Cost.SizedFields!.Contains(name))
            {
                multiplier = parentSizing.Size;
            }
            else if (cost is { HasListSize: true, SizedFields: null })
            {
                multiplier = ListSize(field, definition!, cost);
            }
            else if (IsList(resultType))
            {
                multiplier = _defaultListSize;
            }
        }

        Sizing? childSizing = cost is { HasListSize: true, SizedFields: not null } ? new Sizing(cost, ListSize(field, definition!, cost)) : null;
        var children = MeasureSelections(field.SelectionSet, named as IComplexGraphType, childSizing);

        var weight = isIntrospection || name == TypeNameField
            ? 0
            : cost?.Weight ?? (named is null or ScalarGraphType or EnumerationGraphType ? 0 : 1);
        return new Figures
        {
            Fields = 1 + children.Fields,
            Aliases = (field.Alias is null ? 0 : 1) + children.Aliases,
            Spreads = children.Spreads,
            Depth = 1 + children.Depth,
            Cost = isIntrospection ? 0 : multiplier * (weight + children.Cost),
            Introspection = (name is "__schema" or "__type" ? 1 : 0) + children.Introspection,
            OfTypeDepth = (name == "ofType" ? 1 : 0) + children.OfTypeDepth,
        };
    }

    private FieldType? FieldOf(IComplexGraphType? parentType, string name)
    {
        if (parentType is null)
        {
            return null;
        }

        return name switch
        {
            "__schema" when ReferenceEquals(parentType, _schema.Query) => _schema.SchemaMetaFieldType,
            "__type" when ReferenceEquals(parentType, _schema.Query) => _schema.TypeMetaFieldType,
            TypeNameField => _schema.TypeNameMetaFieldType,
            _ => parentType.GetField(name),
        };
    }

    private IComplexGraphType? TypeNamed(string name) => _schema.AllTypes[name] as IComplexGraphType;

    private static bool IsList(IGraphType? type) => (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;

    /// <summary>The size argument's value (an integer, or a list's length), from the literal, the variable or the argument's default; else the assumed size.</summary>
    private double ListSize(GraphQLField field, FieldType definition, FieldCost cost)
    {
        var assumed = cost.AssumedSize ?? _defaultListSize;
        if (cost.SizeArgument is not { } argumentName)
        {
            return assumed;
        }

        var argument = field.Arguments?.FirstOrDefault(a => a.Name.Value.Span.SequenceEqual(argumentName));
        object? value = argument?.Value switch
        {
            null => definition.Arguments?.Find(argumentName)?.DefaultValue,
            GraphQLVariable variable => VariableValue(variable.Name.StringValue),
            GraphQLIntValue literal => int.TryParse(literal.Value.Span, out var parsed) ? parsed : null,
            GraphQLListValue list => list.Values?.Count ?? 0,
            _ => null,
        };
        return value switch
        {
            int i => Math.Max(0, i),
            long l => Math.Max(0, l),
            double d => Math.Max(0, d),
            decimal m => (double)Math.Max(0, m),
            System.Collections.ICollection collection => collection.Count,
            _ => assumed,
        };
    }

    private object? VariableValue(string name)
    {
        if (_variables is not null && _variables.TryGetValue(name, out var value))
        {
            return value;
        }

        var definition = _operation?.Variables?.FirstOrDefault(v => v.Variable.Name.Value.Span.SequenceEqual(name));
        return definition?.DefaultValue switch
        {
            GraphQLIntValue literal => int.TryParse(literal.Value.Span, out var parsed) ? parsed : null,
            GraphQLListValue list => list.Values?.Count ?? 0,
            _ => null,
        };
    }

    private void NoteDirectives(GraphQLDirectives? directives)
    {
        if (directives is not null && directives.Count > _maxDirectives)
        {
            _maxDirectives = directives.Count;
        }
    }

    /// <summary>The list size a connection field hands to its sized child fields.</summary>
    private readonly record struct Sizing(FieldCost Cost, double Size);

    private struct Figures
    {
        public double Fields;
        public double Aliases;
        public double Spreads;
        public double Cost;
        public double Introspection;
        public double TopFields;
        public int Depth;
        public int OfTypeDepth;

        public void Add(in Figures other, double top)
        {
            Fields += other.Fields;
            Aliases += other.Aliases;
            Spreads += other.Spreads;
            Cost += other.Cost;
            Introspection += other.Introspection;
            TopFields += top;
            Depth = Math.Max(Depth, other.Depth);
            OfTypeDepth = Math.Max(OfTypeDepth, other.OfTypeDepth);
        }
    }
}
