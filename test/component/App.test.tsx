// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';

describe('App', () => {
  it('shows the heading', () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Connects Budget' })).toBeInTheDocument();
  });
});
