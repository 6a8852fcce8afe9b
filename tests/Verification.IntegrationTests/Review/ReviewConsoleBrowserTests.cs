using Microsoft.Playwright;
using Verification.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Verification.IntegrationTests.ReviewConsole;

/// <summary>An agent at the console, in a real browser, from sign-in to the student's e-mail.</summary>
[Collection(StackCollection.Name)]
public class ReviewConsoleBrowserTests(StackFixture stack)
{
    [Fact]
    public async Task An_agent_signs_in_claims_an_item_rejects_it_as_blurry_from_the_keyboard_and_the_student_is_emailed()
    {
        using var api = ReviewScenario.Agent(stack, 0);
        var (documentId, email, item) = await ReviewScenario.UploadForManualReviewAsync(stack, api);

        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
            page.SetDefaultTimeout(30_000);
            try
            {
                // Signed out, the queue sends the agent to the sign-in page.
                await page.GotoAsync(new Uri(stack.ReviewAddress, "/").ToString());
                await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login"));
                await page.GetByLabel("E-mail").FillAsync(StackFixture.Agents[0].Email);
                await page.GetByLabel("Password").FillAsync(StackFixture.Agents[0].Password);
                await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

                // The queue: figures, and the uploaded document waiting.
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Review queue" })).ToBeVisibleAsync();
                await Expect(page.GetByTestId("open-count")).Not.ToHaveTextAsync("0");
                var row = page.Locator($"tr[data-document='{documentId}']");
                await Expect(row).ToContainTextAsync(ReviewScenario.ManualType);
                await row.GetByRole(AriaRole.Button, new() { Name = "Claim" }).ClickAsync();

                // The item: its page rendered, the findings, the history, the verdict form.
                await page.WaitForURLAsync($"**/items/{item.Id}");
                await page.WaitForFunctionAsync("() => { const i = document.querySelector('.pages img'); return i && i.complete && i.naturalWidth > 0; }");
                await Expect(page.GetByTestId("findings")).ToBeVisibleAsync();
                await Expect(page.GetByTestId("history")).ToContainTextAsync("claimed");

                // Keyboard only: r = reject, 1 = the first reason (blurry), Enter = submit.
                await page.Keyboard.PressAsync("r");
                await page.Keyboard.PressAsync("1");
                await Expect(page.Locator("input[name='reasonCodes'][value='blurry']")).ToBeCheckedAsync();
                await Expect(page.Locator("input[name='decision'][value='rejected']")).ToBeCheckedAsync();
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = DebianChromium.ArtifactPath("review-console-item.png"), FullPage = true });
                await page.Keyboard.PressAsync("Enter");

                await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Rejected (blurry)");
                await Expect(page.Locator($"tr[data-document='{documentId}']")).ToHaveCountAsync(0);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = DebianChromium.ArtifactPath("review-console-queue.png"), FullPage = true });
            }
            catch
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = DebianChromium.ArtifactPath("review-console-failure.png"), FullPage = true });
                throw;
            }
        }

        var mails = await ReviewScenario.WaitForEmailsAsync(stack, email, 2);
        var rejection = Assert.Single(mails, m => m.Subject.StartsWith("Document à renvoyer", StringComparison.Ordinal));
        Assert.Contains(Contracts.ReasonMessages.For("blurry").MessageFr, rejection.Text);
        var document = await stack.Portal.GetDocumentAsync(documentId);
        Assert.Equal("rejected", document.Status);
        Assert.Equal("blurry", Assert.Single(document.Reasons).Code);
    }
}
