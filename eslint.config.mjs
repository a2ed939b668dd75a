import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{ ignores: ['**/out/**', '**/node_modules/**'] },
	{
		files: ['**/*.ts'],
		extends: [tseslint.configs.recommended],
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
			},
		},
		rules: {
			// Type-aware rules picked one by one: the full type-checked preset flags every use of
			// wink-nlp's loosely typed results.
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			'@typescript-eslint/await-thenable': 'error',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{
					argsIgnorePattern: '^_',
					varsIgnorePattern: '^_',
					caughtErrorsIgnorePattern: '^_',
					destructuredArrayIgnorePattern: '^_',
				},
			],
			eqeqeq: 'error',
			curly: 'error',
		},
	},
	{
		// The server talks to the editor, so stdout is the protocol: log through connection.console.
		files: ['server/src/**/*.ts'],
		ignores: ['server/src/cli.ts'],
		rules: { 'no-console': 'error' },
	},
	{
		files: ['server/src/**/*.ts'],
		ignores: ['server/src/engine/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [{ name: 'vscode', message: 'The server runs outside VS Code.' }],
					patterns: [
						{
							group: ['vscode-languageclient*'],
							message: 'The client library belongs in client/src.',
						},
						{ group: ['**/client/src/**'], message: 'The server must not depend on the client.' },
					],
				},
			],
		},
	},
	{
		// The engine is pure (strings in, plain data out) so it runs unchanged in the server,
		// the CLI and tests.
		files: ['server/src/engine/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{ name: 'vscode', message: 'The engine must not depend on VS Code.' },
						...builtinModules.map((name) => ({
							name,
							message: 'The engine must not use Node built-ins: take data from the host.',
						})),
					],
					patterns: [
						{ group: ['vscode-languageserver*'], message: 'The engine must not depend on LSP.' },
						{ group: ['vscode-languageclient*'], message: 'The engine must not depend on LSP.' },
						{
							group: ['node:*'],
							message: 'The engine must not use Node built-ins: take data from the host.',
						},
					],
				},
			],
		},
	},
	{
		// Only the shared protocol file may cross from the server into the client.
		files: ['client/src/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['**/server/src/**', '!**/server/src/protocol'],
							message: 'The client may only import server/src/protocol.',
						},
						{
							group: ['vscode-languageserver', 'vscode-languageserver/*'],
							message: 'Server library; use vscode-languageclient.',
						},
					],
				},
			],
		},
	},
);
