using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ReSoma.Tests.Security.BadInput;

/// <summary>A query or form field an action binds, named as MVC's binders look for it.</summary>
public sealed record InputField(string Name, FieldKind Kind);

/// <summary>
/// The fields an action binds, read from its descriptor and MVC's own model metadata, so a field added to an input
/// model is walked without anyone listing it: simple parameters, properties of bound models, and inside those,
/// lists (<c>Questions[0].Text</c>), dictionaries (<c>AdoptedOrigins[0]</c>) and nested models.
/// </summary>
public static class BoundFields
{
    private const int MaxDepth = 5;

    public static List<InputField> Of(ControllerActionDescriptor action, IReadOnlySet<string> routeParameters, IModelMetadataProvider metadata)
    {
        var fields = new List<InputField>();
        foreach (var parameter in action.Parameters)
        {
            if (routeParameters.Contains(parameter.Name) || !CarriesInput(parameter.BindingInfo?.BindingSource))
            {
                continue;
            }

            var model = metadata.GetMetadataForType(parameter.ParameterType);

            // A complex parameter binds its properties without a prefix (the views post "Email", not "input.Email").
            var prefix = parameter.BindingInfo?.BinderModelName ?? (model.IsComplexType ? "" : parameter.Name);
            Walk(model, prefix, 0, metadata, fields);
        }

        return fields.DistinctBy(f => f.Name).ToList();
    }

    private static void Walk(ModelMetadata model, string name, int depth, IModelMetadataProvider metadata, List<InputField> fields)
    {
        if (depth > MaxDepth || !CarriesInput(model.BindingSource) || IsFile(model.ModelType))
        {
            return;
        }

        if (!model.IsComplexType)
        {
            fields.Add(new InputField(name, KindOf(model.UnderlyingOrModelType)));
        }
        else if (DictionaryValueType(model.ModelType) is { } valueType)
        {
            Walk(metadata.GetMetadataForType(valueType), $"{name}[0]", depth + 1, metadata, fields);
        }
        else if (model.IsEnumerableType && model.ElementMetadata is { } element)
        {
            // A list of simple values is posted as repeated fields; a list of models as indexed ones.
            Walk(element, element.IsComplexType ? $"{name}[0]" : name, depth + 1, metadata, fields);
        }
        else
        {
            foreach (var property in model.Properties)
            {
                if (!property.IsBindingAllowed || (property.IsReadOnly && !property.IsCollectionType))
                {
                    continue;
                }

                var field = property.BinderModelName ?? property.PropertyName!;
                Walk(property, name.Length == 0 ? field : $"{name}.{field}", depth + 1, metadata, fields);
            }
        }
    }

    // Services, the cancellation token, headers and bodies are not form or query input.
    private static bool CarriesInput(BindingSource? source) =>
        source is null || source == BindingSource.ModelBinding || source == BindingSource.Form || source == BindingSource.Query || source == BindingSource.Path;

    // Uploads are not text fields; the upload tests send files of every kind.
    private static bool IsFile(Type type) =>
        typeof(IFormFile).IsAssignableFrom(type) || typeof(IFormFileCollection).IsAssignableFrom(type) || typeof(IFormCollection).IsAssignableFrom(type)
        || (type.IsGenericType && type.GetGenericArguments().Any(a => typeof(IFormFile).IsAssignableFrom(a)));

    private static Type? DictionaryValueType(Type type) =>
        type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>))?.GetGenericArguments()[1];

    private static FieldKind KindOf(Type type) => type switch
    {
        _ when type == typeof(bool) => FieldKind.Boolean,
        _ when type.IsEnum => FieldKind.Enum,
        _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(TimeSpan) => FieldKind.Date,
        _ when Type.GetTypeCode(type) is >= TypeCode.SByte and <= TypeCode.Decimal => FieldKind.Number,
        _ => FieldKind.Text,
    };
}
