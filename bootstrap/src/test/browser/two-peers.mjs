// Two members in one call through the reference web client, in Debian's Chromium driven by playwright-core.
// Started by bootstrap's ReferenceClientBrowserTest with the running service's URL; prints one JSON line
// {studyId, annId, bobId, mutedMs, videoOffMs} on success (the test then checks the recorded times over REST),
// exits non-zero with the reason otherwise. Screenshots go to the output directory.
//
//   node two-peers.mjs <baseUrl> <outputDir> [chromiumPath]

import {chromium} from 'playwright-core';
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';

const [baseUrl, outputDir, executablePath = '/usr/bin/chromium'] = process.argv.slice(2);
if (!baseUrl || !outputDir) {
    console.error('usage: node two-peers.mjs <baseUrl> <outputDir> [chromiumPath]');
    process.exit(2);
}
mkdirSync(outputDir, {recursive: true});

const STEP_TIMEOUT = 20_000;
const HOLD_MS = 2_000;
const run = Date.now().toString(36);
const ann = {id: `ann-${run}`, name: 'Ann Browser'};
const bob = {id: `bob-${run}`, name: 'Bob Browser'};

const browser = await chromium.launch({
    executablePath,
    headless: true,
    // Fake camera and microphone, no permission prompt; no background traffic (the machine has no internet).
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream'],
});

try {
    const annPage = await open(ann);
    const bobPage = await open(bob);

    await annPage.fill('#create-study-form input[name=name]', `Browser study ${run}`);
    await annPage.click('#create-study-form button');
    const study = annPage.locator('#studies li').filter({hasText: `Browser study ${run}`});
    await study.waitFor({timeout: STEP_TIMEOUT});
    const studyId = await study.getAttribute('data-study-id');
    await study.locator('[data-action=members]').click();
    await annPage.fill('#add-member-form input[name=userId]', bob.id);
    await annPage.click('#add-member-form button');
    await annPage.locator('#notice', {hasText: 'Member added.'}).waitFor({timeout: STEP_TIMEOUT});

    await study.locator('[data-action=join]').click();
    await annPage.locator('#call-view:not([hidden])').waitFor({timeout: STEP_TIMEOUT});

    await bobPage.reload();
    await bobPage.locator(`#studies li[data-study-id="${studyId}"] [data-action=join]`).click();

    // Both peers: the RTCPeerConnection reaches "connected" and the other's video plays.
    for (const page of [annPage, bobPage]) {
        await page.locator('.tile.remote[data-connection-state=connected]').waitFor({timeout: STEP_TIMEOUT});
        await page.waitForFunction(() => {
            const video = document.querySelector('.tile.remote video');
            return video?.srcObject?.getVideoTracks().length > 0 && video.videoWidth > 0;
        }, null, {timeout: STEP_TIMEOUT});
    }

    const annOnBob = (flag, value) => bobPage.locator(`#participants li[data-user-id="${ann.id}"][data-${flag}="${value}"]`)
        .waitFor({timeout: STEP_TIMEOUT});
    const mutedMs = await hold(annPage, '#toggle-audio', () => annOnBob('muted', true), () => annOnBob('muted', false));
    const videoOffMs = await hold(annPage, '#toggle-video', () => annOnBob('video-off', true), () => annOnBob('video-off', false));

    await annPage.locator('#chat-form input[name=message]').fill('hello from Ann');
    await annPage.click('#chat-form button');
    await bobPage.locator('#chat li', {hasText: 'hello from Ann'}).waitFor({timeout: STEP_TIMEOUT});
    await annPage.screenshot({path: join(outputDir, 'call.png'), fullPage: true});

    await bobPage.click('#leave');
    await bobPage.locator('#studies-view:not([hidden])').waitFor({timeout: STEP_TIMEOUT});
    await annPage.click('#leave');
    await annPage.locator('#studies-view:not([hidden])').waitFor({timeout: STEP_TIMEOUT});

    await annPage.locator(`#studies li[data-study-id="${studyId}"] [data-action=stats]`).click();
    await annPage.locator('#stats-chart svg rect:not([data-count="0"])').first().waitFor({timeout: STEP_TIMEOUT});
    await annPage.locator(`#stats-users tr[data-user-id="${ann.id}"]`).waitFor({timeout: STEP_TIMEOUT});
    await annPage.locator('#history li button').first().click();
    await annPage.locator(`#session-detail tr[data-user-id="${bob.id}"]`).waitFor({timeout: STEP_TIMEOUT});
    await annPage.screenshot({path: join(outputDir, 'stats.png'), fullPage: true});

    console.log(JSON.stringify({studyId, annId: ann.id, bobId: bob.id, mutedMs, videoOffMs}));
} catch (e) {
    console.error(`browser e2e failed: ${e.stack ?? e}`);
    process.exitCode = 1;
} finally {
    await browser.close();
}

async function open(person) {
    const context = await browser.newContext({viewport: {width: 1200, height: 900}});
    const page = await context.newPage();
    page.on('console', (message) => {
        if (message.type() === 'error') {
            console.error(`[${person.id}] ${message.text()}`);
        }
    });
    page.on('pageerror', (error) => console.error(`[${person.id}] page error: ${error.message}`));
    await page.goto(baseUrl);
    await page.fill('#sign-in-form input[name=userId]', person.id);
    await page.fill('#sign-in-form input[name=name]', person.name);
    await page.click('#sign-in-form button');
    await page.locator('#studies-view:not([hidden])').waitFor({timeout: STEP_TIMEOUT});
    return page;
}

// Presses a toggle, holds it ~2 s once the other side shows it, releases it; returns how long it was held
// as the browser saw it (from the click that set it to the click that cleared it).
async function hold(page, button, seenOn, seenOff) {
    await page.click(button);
    const start = Date.now();
    await seenOn();
    await page.waitForTimeout(Math.max(0, HOLD_MS - (Date.now() - start)));
    await page.click(button);
    const held = Date.now() - start;
    await seenOff();
    return held;
}
