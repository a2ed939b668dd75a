/**
 * The integration tests' entry, loaded by VS Code's extension host (`extensionTestsPath`):
 * runs every `*.test.js` beside it with mocha. Add a suite by adding a `*.test.ts` file here.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

/** Runs the suites; rejects when a test fails or none ran, so VS Code exits non-zero. */
export function run(): Promise<void> {
	const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, forbidOnly: Boolean(process.env.CI) });
	const files = readdirSync(__dirname).filter((file) => file.endsWith('.test.js'));
	files.sort().forEach((file) => mocha.addFile(join(__dirname, file)));
	return new Promise((resolve, reject) => {
		const runner = mocha.run((failures) => {
			const passed = runner.stats?.passes ?? 0;
			// The closing line CI reads; scripts/run-integration.mjs prints it last.
			console.log(`${passed} passed, ${failures} failed`);
			if (failures > 0 || passed === 0) {
				reject(new Error(failures > 0 ? `${failures} integration tests failed.` : 'No integration test ran.'));
			} else {
				resolve();
			}
		});
	});
}
