using System.ComponentModel.DataAnnotations;
using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Geography;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Account;

public sealed class RegisterInput : IAccountTarget
{
    string IAccountTarget.AccountKey => Email;

    [Required(ErrorMessage = "Enter your name as others should see it.")]
    [StringLength(FieldLengths.Name, ErrorMessage = "Your name can be at most {1} characters.")]
    [Display(Name = "Display name")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address, like name@example.org.")]
    [StringLength(FieldLengths.Email, ErrorMessage = "The email address can be at most {1} characters.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your organisation.")]
    [StringLength(FieldLengths.Name, ErrorMessage = "The organisation name can be at most {1} characters.")]
    [Display(Name = "Organisation")]
    public string Organisation { get; set; } = "";

    [Required(ErrorMessage = "Choose your country.")]
    [CountryCode]
    [Display(Name = "Country")]
    public string Country { get; set; } = "";

    [Required(ErrorMessage = "Choose whether you take part as a researcher, policymaker or practitioner.")]
    [StakeholderRole]
    [Display(Name = "I take part as")]
    public string StakeholderRole { get; set; } = "";

    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(100, MinimumLength = 10, ErrorMessage = "The password must be between {2} and {1} characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Repeat the password.")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
    [DataType(DataType.Password)]
    [Display(Name = "Repeat password")]
    public string ConfirmPassword { get; set; } = "";

    [Range(typeof(bool), "true", "true", ErrorMessage = "Agree to how ReSOMA uses your profile to create an account.")]
    [Display(Name = "I have read the privacy notice and agree that ReSOMA keeps my profile to run consultations and contact me about them")]
    public bool AcceptPrivacy { get; set; }
}

public sealed class LoginInput : IAccountTarget
{
    string IAccountTarget.AccountKey => Email;

    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address, like name@example.org.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";

    [Display(Name = "Keep me signed in on this device")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class EmailInput : IAccountTarget
{
    string IAccountTarget.AccountKey => Email;

    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address, like name@example.org.")]
    [StringLength(FieldLengths.Email)]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";
}

/// <summary>Activating an account takes the mailed link and the password chosen at registration: a link alone would
/// let someone who registered another person's address have that person activate it for them.</summary>
public sealed class ConfirmEmailInput : IAccountTarget
{
    string IAccountTarget.AccountKey => UserId;

    [Required]
    public string UserId { get; set; } = "";

    [Required]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Enter the password you chose when you registered.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";
}

public sealed class ResetPasswordInput
{
    [Required]
    public string UserId { get; set; } = "";

    [Required]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Choose a new password.")]
    [StringLength(100, MinimumLength = 10, ErrorMessage = "The password must be between {2} and {1} characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Repeat the new password.")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
    [DataType(DataType.Password)]
    [Display(Name = "Repeat new password")]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class StakeholderRoleAttribute : ValidationAttribute
{
    public StakeholderRoleAttribute()
    {
        ErrorMessage = "Choose researcher, policymaker or practitioner.";
    }

    public override bool IsValid(object? value) => value is null || Domain.Roles.IsStakeholderRole(value as string);
}
