using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Mail;
using ReSoma.Web.Infrastructure.Storage;

namespace ReSoma.Bench;

/// <summary>
/// The mail queue's throughput (<c>--mail-queue 2000</c>): that many digest-sized mails (text and HTML, with the
/// unsubscribe headers) queued in a migrated SQLite file, then delivered by the portal's own <see cref="MailDelivery"/>
/// and <see cref="MailSender"/> to a local SMTP server (aiosmtpd, discarding). The ceiling, in the same run: MailKit
/// sending the same messages to the same server over one connection, with no queue.
/// </summary>
public static class MailQueueRun
{
    public static async Task RunAsync(BenchDatabase database, int mails)
    {
        var invariant = CultureInfo.InvariantCulture;
        var port = FreePort();
        using var smtp = Process.Start(new ProcessStartInfo("/usr/bin/python3", $"-m aiosmtpd -n -l 127.0.0.1:{port} -c aiosmtpd.handlers.Sink")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        }) ?? throw new InvalidOperationException("python3 -m aiosmtpd did not start (apt-get install python3-aiosmtpd).");
        try
        {
            await WaitForPortAsync(port);
            var options = Options.Create(new MailOptions { FromAddress = "bench@resoma.test", Smtp = new SmtpOptions { Host = "127.0.0.1", Port = port, Security = "None" } });
            var html = "<!DOCTYPE html><html lang=\"en\"><head><title>Digest</title></head><body>" + string.Concat(Enumerable.Repeat("<p>A new policy brief on detention, and why you hear of it.</p>", 40)) + "</body></html>";
            var text = string.Concat(Enumerable.Repeat("A new policy brief on detention, and why you hear of it.\n", 40));

            // The ceiling: the same messages over one connection, nothing stored.
            var ceiling = Stopwatch.StartNew();
            using (var client = new SmtpClient())
            {
                await client.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None);
                for (var n = 0; n < mails; n++)
                {
                    var message = new MimeMessage();
                    message.From.Add(MailboxAddress.Parse("bench@resoma.test"));
                    message.To.Add(MailboxAddress.Parse($"person{n}@example.org"));
                    message.Subject = "Your ReSOMA week";
                    message.Headers.Add("List-Unsubscribe", "<http://127.0.0.1/unsubscribe>");
                    message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();
                    await client.SendAsync(message);
                }

                await client.DisconnectAsync(quit: true);
            }

            ceiling.Stop();

            await using (var db = database.NewContext())
            {
                await db.QueuedMails.ExecuteDeleteAsync();
                var now = DateTimeOffset.UtcNow;
                db.QueuedMails.AddRange(Enumerable.Range(0, mails).Select(n => new QueuedMail
                {
                    ToAddress = $"person{n}@example.org", ToName = "", Subject = "Your ReSOMA week", TextBody = text, HtmlBody = html,
                    UnsubscribeUrl = "http://127.0.0.1/unsubscribe", QueuedAt = now, NextAttemptAt = now,
                }));
                await db.SaveChangesAsync();
            }

            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataPath"] = Path.Combine(Path.GetTempPath(), "resoma-bench-mail") }).Build();
            var services = new ServiceCollection()
                .AddScoped<ReSomaDbContext>(_ => database.NewContext())
                .AddSingleton(options)
                .AddSingleton(new DataPaths(configuration, new BenchEnvironment()))
                .AddSingleton(NullLogger<MailSender>.Instance)
                .AddScoped(sp => new MailSender(options, sp.GetRequiredService<DataPaths>(), NullLogger<MailSender>.Instance))
                .BuildServiceProvider();
            var delivery = new MailDelivery(services.GetRequiredService<IServiceScopeFactory>(), new MailQueueSignal(), options, TimeProvider.System, NullLogger<MailDelivery>.Instance);
            var queue = Stopwatch.StartNew();
            var sent = 0;
            for (var wake = 0; wake < 100 && sent < mails; wake++)
            {
                sent += await delivery.DeliverDueAsync();
            }

            queue.Stop();

            double PerSecond(int count, Stopwatch watch) => count / watch.Elapsed.TotalSeconds;
            Console.WriteLine();
            Console.WriteLine("| mail to a local SMTP server | mails | seconds | mails/s | share of the ceiling |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            Console.WriteLine(string.Create(invariant, $"| ceiling: MailKit, one connection, no queue | {mails} | {ceiling.Elapsed.TotalSeconds:F1} | {PerSecond(mails, ceiling):F0} | 1.00 |"));
            Console.WriteLine(string.Create(invariant, $"| the portal's queue (claim, send, record; a connection per mail) | {sent} | {queue.Elapsed.TotalSeconds:F1} | {PerSecond(sent, queue):F0} | {PerSecond(sent, queue) / PerSecond(mails, ceiling):F2} |"));
        }
        finally
        {
            smtp.Kill(entireProcessTree: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForPortAsync(int port)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException($"No SMTP server on 127.0.0.1:{port} after 10 s.");
    }

    private sealed class BenchEnvironment : IWebHostEnvironment
    {
        public string WebRootPath { get; set; } = Path.GetTempPath();
        public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();
        public string ApplicationName { get; set; } = "ReSoma.Bench";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
        public string ContentRootPath { get; set; } = Path.GetTempPath();
        public string EnvironmentName { get; set; } = "Production";
    }
}
