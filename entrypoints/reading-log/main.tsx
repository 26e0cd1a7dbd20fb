import { render } from 'preact';
import '../../components/theme.css';
import './reading-log.css';
import { ReadingLog } from './ReadingLog';
import { markAppStart } from './timing';

markAppStart();

const app = document.getElementById('app');
if (app) render(<ReadingLog />, app);
