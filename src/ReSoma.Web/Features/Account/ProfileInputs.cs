using System.ComponentModel.DataAnnotations;
using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Geography;

namespace ReSoma.Web.Features.Account;

public sealed class ProfileInput
{
    [Required(ErrorMessage = "Enter your name as others should see it.")]
    [StringLength(FieldLengths.Name, ErrorMessage = "Your name can be at most {1} characters.")]
    [Display(Name = "Display name")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Enter your organisation.")]
    [StringLength(FieldLengths.Name, ErrorMessage = "The organisation name can be at most {1} characters.")]
    [Display(Name = "Organisation")]
    public string Organisation { get; set; } = "";

    [Required(ErrorMessage = "Choose your country.")]
    [CountryCode]
    [Display(Name = "Country")]
    public string Country { get; set; } = "";

    /// <summary>Shown, not edited: the email is the login.</summary>
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    public IReadOnlyList<string> Roles { get; set; } = [];
}

public sealed class ChangePasswordInput
{
    [Required(ErrorMessage = "Enter your current password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Choose a new password.")]
    [StringLength(100, MinimumLength = 10, ErrorMessage = "The password must be between {2} and {1} characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Repeat the new password.")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two passwords do not match.")]
    [DataType(DataType.Password)]
    [Display(Name = "Repeat new password")]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class DeleteAccountInput
{
    [Required(ErrorMessage = "Enter your password to confirm.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";
}
