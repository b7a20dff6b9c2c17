/**
 * The page the kiosk shows when it cannot start its guide: never a blank or missing
 * window at a bedside. Static, self-contained (no script, no file of the app, which
 * may be what is broken), and shown until the back-off relaunch brings the guide back.
 */
export const ASK_STAFF_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Bedside Guide</title>
<style>
html,body{margin:0;height:100%;background:#fbf7f2;color:#1f2933;font-family:"Noto Sans",system-ui,sans-serif}
main{height:100%;display:flex;flex-direction:column;align-items:center;justify-content:center;text-align:center;padding:0 8vw}
h1{font-size:40px;line-height:1.25;margin:0 0 24px}
p{font-size:28px;line-height:1.4;margin:0}
</style></head>
<body><main>
<h1>This screen is not working right now.</h1>
<p>Please ask a nurse or a member of staff. It will try again by itself in a few minutes.</p>
</main></body></html>`;

export function askStaffPageUrl(): string {
  return `data:text/html;charset=utf-8,${encodeURIComponent(ASK_STAFF_HTML)}`;
}
