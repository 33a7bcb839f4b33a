using AfterSalesBot.Storage;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Hosting;

/// <summary>Runs the storage settings check at start so a wrong setting stops the service with a message naming the key.</summary>
internal sealed class StorageOptionsValidation : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var errors = StorageOptionsValidator.Validate(options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
